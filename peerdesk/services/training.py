"""Staff training: what each role must hold and how often it renews, who completed what
(with hours and an optional certificate kept inside the vault), and supervision."""

from __future__ import annotations

import calendar
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from peerdesk.db.models import (
    Certificate,
    RequiredTraining,
    Role,
    SupervisionSession,
    TrainingRecord,
    User,
)
from peerdesk.errors import InvalidInput, PermissionDenied
from peerdesk.services import validation as check
from peerdesk.services.access import Access
from peerdesk.services.participants import clean_tags
from peerdesk.vault.vault import UnlockedVault

CERTIFICATE_TYPES = {
    ".pdf": "application/pdf",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
}
MAX_CERTIFICATE_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class TrainingView:
    id: str
    user_name: str
    training: str
    category: str | None
    completed_on: date
    expires_on: date | None
    hours: float | None
    has_certificate: bool


def add_months(day: date, months: int) -> date:
    """The same day `months` later (the month's last day when that day doesn't exist)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


class TrainingService:
    def __init__(self, vault: UnlockedVault, today: Callable[[], date] = date.today) -> None:
        self.vault = vault
        self.access = Access(vault)
        self.today = today

    def staff_id(self, session: Session, name: str) -> str:
        user_id = session.scalar(
            select(User.id).where(
                func.lower(User.name) == name.strip().casefold(), User.removed_at.is_(None)
            )
        )
        if user_id is None:
            raise InvalidInput(f"There's no staff member called '{name.strip()}'.")
        return user_id

    def _require_own_or_coordinator(self, user_id: str) -> None:
        if not self.access.is_coordinator and user_id != self.access.user.id:
            raise PermissionDenied("You can only change your own training record.")

    def require(
        self,
        role: Role | str,
        training: str,
        renewal_months: int | None,
        category: str | None = None,
    ) -> str:
        """Coordinator: `role` must hold `training`, renewed every `renewal_months`."""
        self.access.require_coordinator("set required trainings")
        check.whole_number(renewal_months, "renewal interval in months", 1, 120)
        with self.vault.writing() as s:
            record = RequiredTraining(
                role=check.choice(Role, role, "role"),
                training=check.text(training, "training", required=True, limit=120),
                category=check.text(category, "category", limit=80),
                renewal_months=renewal_months,
            )
            s.add(record)
            s.flush()
            self.vault.audit("requirement_set", record_id=record.id, session=s)
            return record.id

    def add_record(
        self,
        staff: str,
        training: str,
        completed_on: date,
        *,
        expires_on: date | None = None,
        hours: float | None = None,
        category: str | None = None,
        session: Session | None = None,
    ) -> str:
        check.not_future(completed_on, "completion date", self.today())
        if expires_on is not None and expires_on < completed_on:
            raise InvalidInput("A training can't expire before it was completed.")
        if hours is not None and not 0 <= hours <= 1000:
            raise InvalidInput("The hours must be from 0 to 1000.")
        name = check.text(training, "training", required=True, limit=120)
        assert name is not None
        with self.vault.transaction(session) as s:
            user_id = self.staff_id(s, staff)
            self._require_own_or_coordinator(user_id)
            if expires_on is None:
                expires_on = self._default_expiry(s, user_id, name, completed_on)
            record = TrainingRecord(
                user_id=user_id,
                training=name,
                category=check.text(category, "category", limit=80),
                completed_on=completed_on,
                expires_on=expires_on,
                hours=hours,
            )
            s.add(record)
            s.flush()
            self.vault.audit("training_recorded", record_id=record.id, session=s)
            return record.id

    def _default_expiry(
        self, session: Session, user_id: str, training: str, completed_on: date
    ) -> date | None:
        """When a requirement says how often it renews, the record expires then."""
        role = session.scalar(select(User.role).where(User.id == user_id))
        months = session.scalar(
            select(RequiredTraining.renewal_months).where(
                RequiredTraining.role == role,
                RequiredTraining.deleted.is_(False),
                func.lower(RequiredTraining.training) == training.casefold(),
            )
        )
        return add_months(completed_on, months) if months else None

    def attach_certificate(self, record_id: str, file_name: str, content: bytes) -> None:
        suffix = "." + file_name.rsplit(".", 1)[-1].lower() if "." in file_name else ""
        media_type = CERTIFICATE_TYPES.get(suffix)
        if media_type is None:
            raise InvalidInput("A certificate must be a PDF, PNG or JPEG file.")
        if len(content) > MAX_CERTIFICATE_BYTES:
            raise InvalidInput("A certificate can be at most 20 MB.")
        with self.vault.writing() as s:
            record = s.get(TrainingRecord, record_id)
            if record is None or record.deleted:
                raise InvalidInput("That training record no longer exists.")
            self._require_own_or_coordinator(record.user_id)
            for old in s.scalars(
                select(Certificate).where(Certificate.training_record_id == record.id)
            ):
                old.deleted = True
            s.add(
                Certificate(
                    training_record_id=record.id,
                    file_name=file_name[-200:],
                    media_type=media_type,
                    content=content,
                )
            )
            self.vault.audit("certificate_attached", record_id=record.id, session=s)

    def certificate(self, record_id: str) -> tuple[str, str, bytes] | None:
        """(file name, media type, bytes), read from the vault; never written to disk."""
        with self.vault.session() as s:
            record = s.get(TrainingRecord, record_id)
            if record is None:
                return None
            self._require_own_or_coordinator(record.user_id)
            cert = s.scalars(
                select(Certificate).where(
                    Certificate.training_record_id == record_id, Certificate.deleted.is_(False)
                )
            ).first()
            return (cert.file_name, cert.media_type, cert.content) if cert else None

    def records(self, staff: str | None = None) -> list[TrainingView]:
        """Your own records, or (coordinator) anyone's or everyone's."""
        with self.vault.session() as s:
            query = (
                select(TrainingRecord, User.name)
                .join(User, User.id == TrainingRecord.user_id)
                .where(TrainingRecord.deleted.is_(False))
            )
            if staff is not None:
                user_id = self.staff_id(s, staff)
                self._require_own_or_coordinator(user_id)
                query = query.where(TrainingRecord.user_id == user_id)
            elif not self.access.is_coordinator:
                query = query.where(TrainingRecord.user_id == self.access.user.id)
            certified = set(
                s.scalars(
                    select(Certificate.training_record_id).where(Certificate.deleted.is_(False))
                )
            )
            rows = s.execute(query.order_by(User.name, TrainingRecord.completed_on)).all()
            return [
                TrainingView(
                    r.id,
                    name,
                    r.training,
                    r.category,
                    r.completed_on,
                    r.expires_on,
                    r.hours,
                    r.id in certified,
                )
                for r, name in rows
            ]

    def log_supervision(
        self,
        staff: str,
        held_on: date,
        minutes: int,
        *,
        supervisor: str | None = None,
        topics: list[str] | None = None,
        notes: str | None = None,
    ) -> str:
        check.not_future(held_on, "supervision date", self.today())
        check.whole_number(minutes, "minutes", 1, 600)
        with self.vault.writing() as s:
            user_id = self.staff_id(s, staff)
            self._require_own_or_coordinator(user_id)
            record = SupervisionSession(
                user_id=user_id,
                held_on=held_on,
                minutes=minutes,
                supervisor=check.text(supervisor, "supervisor", limit=120),
                topics=clean_tags(topics),
                notes=check.text(notes, "notes", limit=20_000),
            )
            s.add(record)
            s.flush()
            self.vault.audit("supervision_logged", record_id=record.id, session=s)
            return record.id
