"""SQLAlchemy models. The schema itself is made by the Alembic migrations in
`migrations/versions`; these classes must match them (a test compares the two)."""

from __future__ import annotations

import enum
import uuid
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from peerdesk.db.types import UTCDateTime, utc_now


class Base(DeclarativeBase):
    pass


class Role(enum.StrEnum):
    FACILITATOR = "facilitator"
    PEER = "peer"
    COORDINATOR = "coordinator"


def table_of(model: type[Base]) -> Table:
    """A model's Core table (for bulk statements), typed for mypy."""
    return cast(Table, model.__table__)


def new_id() -> str:
    return str(uuid.uuid4())


class Synced:
    """Columns every synced record has. Never delete a row: set `deleted`."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    origin_device: Mapped[str] = mapped_column(String(36))
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    # The stamp of every field is `created_hlc` unless the field was changed later; then
    # `field_clocks` holds its newer stamp (kept sparse: a full map on every row cost
    # 800 bytes a contact).
    created_hlc: Mapped[str] = mapped_column(String(64))
    field_clocks: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    updated_hlc: Mapped[str] = mapped_column(String(64), index=True)

    def field_clock(self, field: str) -> str:
        return str(self.field_clocks.get(field, self.created_hlc))


class User(Synced, Base):
    """A staff member. Removed users stay as rows (their audit entries and records point
    at them) with `removed_at` set. Users sync (staff scope) so every device knows who
    wrote what; who may unlock *this* vault is decided by its key slots, not this table."""

    __tablename__ = "users"

    name: Mapped[str] = mapped_column(String(64))
    role: Mapped[Role] = mapped_column(
        Enum(
            Role,
            native_enum=False,
            create_constraint=True,
            length=16,
            values_callable=lambda roles: [r.value for r in roles],
            name="role",
        )
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    removed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class AuditEvent(Base):
    """One line of the append-only audit log (triggers refuse UPDATE and DELETE).
    `detail` holds facts about the action, never participant content."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    user_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    action: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    detail: Mapped[str | None] = mapped_column(Text, nullable=True)


class VaultMeta(Base):
    """Facts about the vault itself (organisation name, which PeerDesk made it)."""

    __tablename__ = "vault_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


# --- the domain (DESIGN.md section 4) --------------------------------------------------
#
# Every record that syncs carries a random UUID, the device it was made on, a tombstone
# flag instead of hard deletes, and a hybrid-logical-clock stamp per field (see
# `Synced.field_clock`, kept up to date by db.stamping on every flush) plus the newest.


def _enum(kind: type[enum.StrEnum], name: str) -> Enum:
    """An enum stored as its text value. No CHECK constraint: the services validate, and
    SQLite's `IN (…)` check builds a temporary table on every row, which with SQLCipher's
    memory security made bulk inserts ten times slower (measured 0.15 against 0.016 ms)."""
    return Enum(
        kind,
        native_enum=False,
        create_constraint=False,
        length=24,
        name=name,
        values_callable=lambda members: [m.value for m in members],
    )


class ParticipantStatus(enum.StrEnum):
    ACTIVE = "active"
    PAUSED = "paused"
    DISENGAGED = "disengaged"
    DISCHARGED = "discharged"


class ContactType(enum.StrEnum):
    IN_PERSON = "in_person"
    PHONE = "phone"
    TEXT = "text"
    OUTREACH = "outreach"
    ACCOMPANIED = "accompanied"
    GROUP_FOLLOWUP = "group_followup"


class ReferralStatus(enum.StrEnum):
    MADE = "made"
    CONNECTED = "connected"
    DECLINED = "declined"
    NO_LONGER_NEEDED = "no_longer_needed"


class GoalStatus(enum.StrEnum):
    OPEN = "open"
    ACHIEVED = "achieved"
    SET_ASIDE = "set_aside"


class AttendanceMark(enum.StrEnum):
    PRESENT = "present"
    LATE = "late"
    EXCUSED = "excused"
    ABSENT = "absent"

    @property
    def attended(self) -> bool:
        return self in (AttendanceMark.PRESENT, AttendanceMark.LATE)


class Participant(Synced, Base):
    __tablename__ = "participants"
    __table_args__ = (
        Index("ix_participants_lookup", "external_id", "id", "assigned_peer_id", "deleted"),
    )

    external_id: Mapped[str | None] = mapped_column(String(64))
    display_name: Mapped[str | None] = mapped_column(String(120))
    first_name: Mapped[str | None] = mapped_column(String(120))
    last_name: Mapped[str | None] = mapped_column(String(120))
    pronouns: Mapped[str | None] = mapped_column(String(40))
    date_of_birth: Mapped[date | None] = mapped_column(Date)
    preferred_language: Mapped[str | None] = mapped_column(String(60))
    intake_date: Mapped[date | None] = mapped_column(Date)
    referral_source: Mapped[str | None] = mapped_column(String(120))
    status: Mapped[ParticipantStatus] = mapped_column(
        _enum(ParticipantStatus, "status"), default=ParticipantStatus.ACTIVE
    )
    status_since: Mapped[date | None] = mapped_column(Date)
    assigned_peer_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    consent_to_services: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_to_sync: Mapped[bool] = mapped_column(Boolean, default=False)
    crisis_flag: Mapped[bool] = mapped_column(Boolean, default=False)
    safety_plan: Mapped[str | None] = mapped_column(Text)
    cultural_needs: Mapped[str | None] = mapped_column(Text)
    access_needs: Mapped[str | None] = mapped_column(Text)
    needs_transport: Mapped[bool] = mapped_column(Boolean, default=False)
    needs_interpreter: Mapped[bool] = mapped_column(Boolean, default=False)
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    notes: Mapped[str | None] = mapped_column(Text)
    erased: Mapped[bool] = mapped_column(Boolean, default=False)


class ContactMethod(Synced, Base):
    """A phone number, email or address, with whether it is safe to use it."""

    __tablename__ = "contact_methods"

    participant_id: Mapped[str] = mapped_column(ForeignKey("participants.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # phone, email, address
    value: Mapped[str | None] = mapped_column(String(200))
    ok_to_text: Mapped[bool] = mapped_column(Boolean, default=False)
    ok_to_voicemail: Mapped[bool] = mapped_column(Boolean, default=False)
    ok_to_mail: Mapped[bool] = mapped_column(Boolean, default=False)


class StatusChange(Synced, Base):
    __tablename__ = "status_changes"

    participant_id: Mapped[str] = mapped_column(ForeignKey("participants.id"), index=True)
    status: Mapped[ParticipantStatus] = mapped_column(_enum(ParticipantStatus, "status"))
    changed_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)


class SharingConsent(Synced, Base):
    """Consent to share information with a named party."""

    __tablename__ = "sharing_consents"

    participant_id: Mapped[str] = mapped_column(ForeignKey("participants.id"), index=True)
    party: Mapped[str | None] = mapped_column(String(200))
    given_on: Mapped[date | None] = mapped_column(Date)
    expires_on: Mapped[date | None] = mapped_column(Date)
    withdrawn_on: Mapped[date | None] = mapped_column(Date)


class KeyContact(Synced, Base):
    """Someone to call in a crisis, from the participant's safety plan."""

    __tablename__ = "key_contacts"

    participant_id: Mapped[str] = mapped_column(ForeignKey("participants.id"), index=True)
    name: Mapped[str | None] = mapped_column(String(200))
    relationship: Mapped[str | None] = mapped_column(String(80))
    phone: Mapped[str | None] = mapped_column(String(60))


class Contact(Synced, Base):
    """An encounter between a peer and a participant."""

    __tablename__ = "contacts"

    participant_id: Mapped[str] = mapped_column(ForeignKey("participants.id"), index=True)
    staff_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    # No index on the dates: every index costs a bulk import dearly under SQLCipher's
    # memory security, and a scan of 100,000 contacts by date takes milliseconds.
    contact_date: Mapped[date] = mapped_column(Date)
    type: Mapped[ContactType] = mapped_column(_enum(ContactType, "contact_type"))
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    topics: Mapped[list[str]] = mapped_column(JSON, default=list)
    notes: Mapped[str | None] = mapped_column(Text)
    follow_up_date: Mapped[date | None] = mapped_column(Date)


class Appointment(Synced, Base):
    __tablename__ = "appointments"

    participant_id: Mapped[str] = mapped_column(ForeignKey("participants.id"), index=True)
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    kind: Mapped[str] = mapped_column(String(40))  # peer meeting, clinical, housing, court, …
    place: Mapped[str | None] = mapped_column(String(200))
    peer_goes_along: Mapped[bool] = mapped_column(Boolean, default=False)
    transport_arranged: Mapped[bool] = mapped_column(Boolean, default=False)
    reminder_made: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str | None] = mapped_column(Text)


class Referral(Synced, Base):
    __tablename__ = "referrals"

    participant_id: Mapped[str] = mapped_column(ForeignKey("participants.id"), index=True)
    service: Mapped[str | None] = mapped_column(String(200))
    made_on: Mapped[date] = mapped_column(Date)
    status: Mapped[ReferralStatus] = mapped_column(
        _enum(ReferralStatus, "referral_status"), default=ReferralStatus.MADE
    )
    notes: Mapped[str | None] = mapped_column(Text)


class Goal(Synced, Base):
    """A recovery goal in the participant's own words."""

    __tablename__ = "goals"

    participant_id: Mapped[str] = mapped_column(ForeignKey("participants.id"), index=True)
    title: Mapped[str | None] = mapped_column(Text)
    set_on: Mapped[date] = mapped_column(Date)
    status: Mapped[GoalStatus] = mapped_column(
        _enum(GoalStatus, "goal_status"), default=GoalStatus.OPEN
    )


class Milestone(Synced, Base):
    __tablename__ = "milestones"

    goal_id: Mapped[str] = mapped_column(ForeignKey("goals.id"), index=True)
    title: Mapped[str | None] = mapped_column(Text)
    due_on: Mapped[date | None] = mapped_column(Date)
    done_on: Mapped[date | None] = mapped_column(Date)


class GoalNote(Synced, Base):
    __tablename__ = "goal_notes"

    goal_id: Mapped[str] = mapped_column(ForeignKey("goals.id"), index=True)
    written_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)


class Measure(Synced, Base):
    """One completed instrument (resources/instruments/<instrument>.json)."""

    __tablename__ = "measures"

    participant_id: Mapped[str] = mapped_column(ForeignKey("participants.id"), index=True)
    instrument: Mapped[str] = mapped_column(String(40))
    taken_on: Mapped[date] = mapped_column(Date)
    total: Mapped[int] = mapped_column(Integer)
    items: Mapped[list[int]] = mapped_column(JSON, default=list)


class Group(Synced, Base):
    __tablename__ = "groups"

    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str | None] = mapped_column(String(80))
    schedule: Mapped[str | None] = mapped_column(String(120))
    location: Mapped[str | None] = mapped_column(String(200))


class GroupFacilitator(Synced, Base):
    __tablename__ = "group_facilitators"
    __table_args__ = (UniqueConstraint("group_id", "user_id"),)

    group_id: Mapped[str] = mapped_column(ForeignKey("groups.id"), index=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), index=True)


class Enrolment(Synced, Base):
    __tablename__ = "enrolments"

    group_id: Mapped[str] = mapped_column(ForeignKey("groups.id"), index=True)
    participant_id: Mapped[str] = mapped_column(ForeignKey("participants.id"), index=True)
    enrolled_on: Mapped[date] = mapped_column(Date)
    exited_on: Mapped[date | None] = mapped_column(Date)


class GroupSession(Synced, Base):
    __tablename__ = "group_sessions"
    __table_args__ = (UniqueConstraint("group_id", "held_on"),)

    group_id: Mapped[str] = mapped_column(ForeignKey("groups.id"), index=True)
    held_on: Mapped[date] = mapped_column(Date, index=True)
    topic: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)
    facilitators_present: Mapped[list[str]] = mapped_column(JSON, default=list)


class Attendance(Synced, Base):
    """One mark per session and participant."""

    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("session_id", "participant_id"),)

    session_id: Mapped[str] = mapped_column(ForeignKey("group_sessions.id"), index=True)
    participant_id: Mapped[str] = mapped_column(ForeignKey("participants.id"), index=True)
    mark: Mapped[AttendanceMark] = mapped_column(_enum(AttendanceMark, "attendance_mark"))


def _role_type() -> Enum:
    """A role as its word ("peer"), as the users table stores it."""
    return Enum(
        Role,
        native_enum=False,
        create_constraint=False,
        length=16,
        values_callable=lambda roles: [r.value for r in roles],
        name="role",
    )


class RequiredTraining(Synced, Base):
    """A training a role must hold, renewed every `renewal_months` (None: never expires)."""

    __tablename__ = "required_trainings"

    role: Mapped[Role] = mapped_column(_role_type())
    training: Mapped[str] = mapped_column(String(120))
    category: Mapped[str | None] = mapped_column(String(80))
    renewal_months: Mapped[int | None] = mapped_column(Integer)


class HourRule(Synced, Base):
    """A role must have `hours` of training in any `period_months` (up to the day asked
    about), of `category` when set (e.g. 3 h of ethics), else of any training."""

    __tablename__ = "hour_rules"

    role: Mapped[Role] = mapped_column(_role_type())
    label: Mapped[str] = mapped_column(String(120))
    hours: Mapped[float] = mapped_column(Float)
    period_months: Mapped[int] = mapped_column(Integer)
    category: Mapped[str | None] = mapped_column(String(80))


class SupervisionTarget(Synced, Base):
    """How many minutes of supervision a month a role should have."""

    __tablename__ = "supervision_targets"

    role: Mapped[Role] = mapped_column(_role_type())
    minutes_per_month: Mapped[int] = mapped_column(Integer)


class TrainingRecord(Synced, Base):
    __tablename__ = "training_records"

    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), index=True)
    training: Mapped[str] = mapped_column(String(120))
    category: Mapped[str | None] = mapped_column(String(80))
    completed_on: Mapped[date] = mapped_column(Date)
    expires_on: Mapped[date | None] = mapped_column(Date)
    hours: Mapped[float | None] = mapped_column(Float)


class Certificate(Synced, Base):
    """A training certificate (PDF or image), stored only inside the encrypted vault."""

    __tablename__ = "certificates"

    training_record_id: Mapped[str] = mapped_column(ForeignKey("training_records.id"), index=True)
    file_name: Mapped[str] = mapped_column(String(200))
    media_type: Mapped[str] = mapped_column(String(80))
    content: Mapped[bytes] = mapped_column(LargeBinary)


class SupervisionSession(Synced, Base):
    __tablename__ = "supervision_sessions"

    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), index=True)
    supervisor: Mapped[str | None] = mapped_column(String(120))
    held_on: Mapped[date] = mapped_column(Date)
    minutes: Mapped[int] = mapped_column(Integer)
    topics: Mapped[list[str]] = mapped_column(JSON, default=list)
    notes: Mapped[str | None] = mapped_column(Text)


class Draft(Base):
    """Unsaved edits kept when PeerDesk locks mid-edit, so nothing typed is lost. Local
    to this vault (never synced), one per user, kind of window and record."""

    __tablename__ = "drafts"
    __table_args__ = (UniqueConstraint("user_id", "kind", "record_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    kind: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(64))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    saved_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class ReviewItem(Synced, Base):
    """A value that lost to a concurrent edit of the same field on another device
    (`kind` "field"), or an edit made while another device deleted the record ("deleted"),
    kept for a person to look at (DESIGN.md section 5). Its id is made from what it is
    about, so two devices that notice the same conflict make the same item."""

    __tablename__ = "review_items"

    record_table: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(16))
    scope: Mapped[str] = mapped_column(String(16))
    kept_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    kept_clock: Mapped[str] = mapped_column(String(64))
    kept_by: Mapped[str | None] = mapped_column(String(36))
    other_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    other_clock: Mapped[str] = mapped_column(String(64))
    other_by: Mapped[str | None] = mapped_column(String(36))
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)


class SyncState(Base):
    """This device's own sync settings and secrets (hub, credential, keys, cursors).
    Local to the vault, never synced; encrypted with everything else."""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class DeviceKey(Base):
    """The signing key of another device of the organisation, pinned when first seen."""

    __tablename__ = "device_keys"

    device_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    public_key: Mapped[bytes] = mapped_column(LargeBinary)


class BundleImport(Base):
    """A USB bundle already imported (so a replayed or older bundle is refused)."""

    __tablename__ = "bundle_imports"

    bundle_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(64))
    sequence: Mapped[int] = mapped_column(Integer)
    imported_at: Mapped[str] = mapped_column(String(40))
