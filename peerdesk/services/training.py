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
    HourRule,
    RequiredTraining,
    Role,
    SupervisionSession,
    SupervisionTarget,
    TrainingRecord,
    User,
)
from peerdesk.errors import InvalidInput, PermissionDenied
from peerdesk.i18n import translate
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
class Requirement:
    id: str
    role: Role
    training: str
    category: str | None
    renewal_months: int | None


@dataclass(frozen=True)
class HourRuleView:
    id: str
    role: Role
    label: str
    hours: float
    period_months: int
    category: str | None


@dataclass(frozen=True)
class SupervisionView:
    id: str
    user_name: str
    held_on: date
    minutes: int
    supervisor: str | None
    topics: list[str]
    notes: str | None


@dataclass(frozen=True)
class TrainingRecordView:
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
            raise InvalidInput(
                translate("Training", "There's no staff member called '{name}'.").format(
                    name=name.strip()
                )
            )
        return user_id

    def _require_own_or_coordinator(self, user_id: str) -> None:
        if not self.access.is_coordinator and user_id != self.access.user.id:
            raise PermissionDenied(
                translate("Training", "You can only change your own training record.")
            )

    def require(
        self,
        role: Role | str,
        training: str,
        renewal_months: int | None,
        category: str | None = None,
    ) -> str:
        """Coordinator: `role` must hold `training`, renewed every `renewal_months`."""
        self.access.require_coordinator(translate("Access", "set required trainings"))
        check.whole_number(
            renewal_months, translate("Validation", "renewal interval in months"), 1, 120
        )
        with self.vault.writing() as s:
            record = RequiredTraining(
                role=check.choice(Role, role, translate("Validation", "role")),
                training=check.text(
                    training, translate("Validation", "training"), required=True, limit=120
                ),
                category=check.text(category, translate("Validation", "category"), limit=80),
                renewal_months=renewal_months,
            )
            s.add(record)
            s.flush()
            self.vault.audit("requirement_set", record_id=record.id, session=s)
            return record.id

    def requirements(self) -> list[Requirement]:
        with self.vault.session() as s:
            rows = s.scalars(
                select(RequiredTraining)
                .where(RequiredTraining.deleted.is_(False))
                .order_by(RequiredTraining.role, RequiredTraining.training)
            ).all()
            return [
                Requirement(r.id, r.role, r.training, r.category, r.renewal_months) for r in rows
            ]

    def remove_requirement(self, requirement_id: str) -> None:
        self.access.require_coordinator(translate("Access", "change required trainings"))
        with self.vault.writing() as s:
            record = s.get(RequiredTraining, requirement_id)
            if record is None or record.deleted:
                raise InvalidInput(translate("Training", "That requirement was already removed."))
            record.deleted = True
            self.vault.audit("requirement_removed", record_id=record.id, session=s)

    def set_hour_rule(
        self,
        role: Role | str,
        label: str,
        hours: float,
        period_months: int,
        category: str | None = None,
    ) -> str:
        """Coordinator: `role` must have `hours` in any `period_months` (of `category`)."""
        self.access.require_coordinator(translate("Access", "set training hour rules"))
        if not 0 < hours <= 1000:
            raise InvalidInput(
                translate("Training", "The hours must be more than 0 and at most 1000.")
            )
        check.whole_number(period_months, translate("Validation", "period in months"), 1, 120)
        with self.vault.writing() as s:
            rule = HourRule(
                role=check.choice(Role, role, translate("Validation", "role")),
                label=check.text(
                    label, translate("Validation", "name of the rule"), required=True, limit=120
                ),
                hours=float(hours),
                period_months=period_months,
                category=check.text(category, translate("Validation", "category"), limit=80),
            )
            s.add(rule)
            s.flush()
            self.vault.audit("hour_rule_set", record_id=rule.id, session=s)
            return rule.id

    def hour_rules(self) -> list[HourRuleView]:
        with self.vault.session() as s:
            rows = s.scalars(
                select(HourRule)
                .where(HourRule.deleted.is_(False))
                .order_by(HourRule.role, HourRule.label)
            ).all()
            return [
                HourRuleView(r.id, r.role, r.label, r.hours, r.period_months, r.category)
                for r in rows
            ]

    def remove_hour_rule(self, rule_id: str) -> None:
        self.access.require_coordinator(translate("Access", "change training hour rules"))
        with self.vault.writing() as s:
            rule = s.get(HourRule, rule_id)
            if rule is None or rule.deleted:
                raise InvalidInput(translate("Training", "That rule was already removed."))
            rule.deleted = True
            self.vault.audit("hour_rule_removed", record_id=rule.id, session=s)

    def set_supervision_target(self, role: Role | str, minutes_per_month: int | None) -> None:
        """Coordinator: minutes of supervision a month for a role (None: no target)."""
        self.access.require_coordinator(translate("Access", "set supervision targets"))
        chosen = check.choice(Role, role, translate("Validation", "role"))
        if minutes_per_month is not None:
            check.whole_number(
                minutes_per_month, translate("Validation", "minutes a month"), 1, 6000
            )
        with self.vault.writing() as s:
            existing = s.scalars(
                select(SupervisionTarget).where(
                    SupervisionTarget.role == chosen, SupervisionTarget.deleted.is_(False)
                )
            ).all()
            for target in existing[1:]:
                target.deleted = True
            if minutes_per_month is None:
                if existing:
                    existing[0].deleted = True
            elif existing:
                existing[0].minutes_per_month = minutes_per_month
            else:
                s.add(SupervisionTarget(role=chosen, minutes_per_month=minutes_per_month))
            self.vault.audit("supervision_target_set", detail=chosen.value, session=s)

    def supervision_targets(self) -> dict[Role, int]:
        with self.vault.session() as s:
            return {
                t.role: t.minutes_per_month
                for t in s.scalars(
                    select(SupervisionTarget).where(SupervisionTarget.deleted.is_(False))
                )
            }

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
        check.not_future(completed_on, translate("Validation", "completion date"), self.today())
        if expires_on is not None and expires_on < completed_on:
            raise InvalidInput(
                translate("Training", "A training can't expire before it was completed.")
            )
        if hours is not None and not 0 <= hours <= 1000:
            raise InvalidInput(translate("Training", "The hours must be from 0 to 1000."))
        name = check.text(training, translate("Validation", "training"), required=True, limit=120)
        assert name is not None
        with self.vault.transaction(session) as s:
            user_id = self.staff_id(s, staff)
            self._require_own_or_coordinator(user_id)
            if expires_on is None:
                expires_on = self._default_expiry(s, user_id, name, completed_on)
            record = TrainingRecord(
                user_id=user_id,
                training=name,
                category=check.text(category, translate("Validation", "category"), limit=80),
                completed_on=completed_on,
                expires_on=expires_on,
                hours=hours,
            )
            s.add(record)
            s.flush()
            self.vault.audit("training_recorded", record_id=record.id, session=s)
            return record.id

    def update_record(
        self,
        record_id: str,
        *,
        training: str,
        completed_on: date,
        expires_on: date | None,
        hours: float | None,
        category: str | None,
    ) -> None:
        """Correct a record (your own, or anyone's for a coordinator)."""
        check.not_future(completed_on, translate("Validation", "completion date"), self.today())
        if expires_on is not None and expires_on < completed_on:
            raise InvalidInput(
                translate("Training", "A training can't expire before it was completed.")
            )
        if hours is not None and not 0 <= hours <= 1000:
            raise InvalidInput(translate("Training", "The hours must be from 0 to 1000."))
        with self.vault.writing() as s:
            record = self._record(s, record_id)
            record.training = (
                check.text(training, translate("Validation", "training"), required=True, limit=120)
                or ""
            )
            record.completed_on = completed_on
            record.expires_on = expires_on
            record.hours = hours
            record.category = check.text(category, translate("Validation", "category"), limit=80)
            self.vault.audit("training_updated", record_id=record.id, session=s)

    def remove_record(self, record_id: str) -> None:
        with self.vault.writing() as s:
            record = self._record(s, record_id)
            record.deleted = True
            for cert in s.scalars(
                select(Certificate).where(Certificate.training_record_id == record.id)
            ):
                cert.deleted = True
            self.vault.audit("training_removed", record_id=record.id, session=s)

    def _record(self, s: Session, record_id: str) -> TrainingRecord:
        record = s.get(TrainingRecord, record_id)
        if record is None or record.deleted:
            raise InvalidInput(translate("Training", "That training record no longer exists."))
        self._require_own_or_coordinator(record.user_id)
        return record

    def default_expiry(self, staff: str, training: str, completed_on: date) -> date | None:
        """The expiry a new record would get from the requirements, to show as it's typed."""
        with self.vault.session() as s:
            return self._default_expiry(s, self.staff_id(s, staff), training, completed_on)

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
            raise InvalidInput(
                translate("Training", "A certificate must be a PDF, PNG or JPEG file.")
            )
        if len(content) > MAX_CERTIFICATE_BYTES:
            raise InvalidInput(translate("Training", "A certificate can be at most 20 MB."))
        with self.vault.writing() as s:
            record = self._record(s, record_id)
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

    def records(self, staff: str | None = None) -> list[TrainingRecordView]:
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
                TrainingRecordView(
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
        check.not_future(held_on, translate("Validation", "supervision date"), self.today())
        check.whole_number(minutes, translate("Validation", "minutes"), 1, 600)
        with self.vault.writing() as s:
            user_id = self.staff_id(s, staff)
            self._require_own_or_coordinator(user_id)
            record = SupervisionSession(
                user_id=user_id,
                held_on=held_on,
                minutes=minutes,
                supervisor=check.text(supervisor, translate("Validation", "supervisor"), limit=120),
                topics=clean_tags(topics),
                notes=check.text(notes, translate("Validation", "notes"), limit=20_000),
            )
            s.add(record)
            s.flush()
            self.vault.audit("supervision_logged", record_id=record.id, session=s)
            return record.id

    def supervision(self, staff: str | None = None) -> list[SupervisionView]:
        """Supervision sessions, newest first: your own, or (coordinator) anyone's."""
        with self.vault.session() as s:
            query = (
                select(SupervisionSession, User.name)
                .join(User, User.id == SupervisionSession.user_id)
                .where(SupervisionSession.deleted.is_(False))
            )
            if staff is not None:
                user_id = self.staff_id(s, staff)
                self._require_own_or_coordinator(user_id)
                query = query.where(SupervisionSession.user_id == user_id)
            elif not self.access.is_coordinator:
                query = query.where(SupervisionSession.user_id == self.access.user.id)
            rows = s.execute(query.order_by(SupervisionSession.held_on.desc())).all()
            return [
                SupervisionView(
                    r.id, name, r.held_on, r.minutes, r.supervisor, list(r.topics), r.notes
                )
                for r, name in rows
            ]
