"""`peerdesk import KIND FILE`: the spreadsheets programs already keep, in one go.

The column contract is DESIGN.md section 6. An import is all-or-nothing: every row is
checked, every problem is reported with its line, and on any problem nothing is saved.
`dry_run` checks everything and saves nothing. Importing the same file twice adds
nothing the second time: participants match on participant_id, groups on their name,
roster entries and attendance marks on their group and person, trainings on person,
training and date; contacts and measures identical to one already saved are skipped.

Rows are validated here with the same rules as the services and written in bulk in one
transaction (a service call per row would be too slow for 100,000 contacts); the import
is one entry in the audit log with its counts.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from peerdesk.db.models import (
    Attendance,
    AttendanceMark,
    Contact,
    ContactMethod,
    ContactType,
    Enrolment,
    Group,
    GroupFacilitator,
    GroupSession,
    Measure,
    Participant,
    ParticipantStatus,
    RequiredTraining,
    Role,
    StatusChange,
    Synced,
    TrainingRecord,
    User,
    new_id,
)
from peerdesk.db.stamping import stamp_new_rows
from peerdesk.errors import InvalidInput
from peerdesk.i18n import translate
from peerdesk.services import validation
from peerdesk.services.access import Access
from peerdesk.services.csv_files import (
    CsvError,
    CsvProblem,
    CsvRow,
    DateOrder,
    detect_date_order,
    parse_date,
    parse_flag,
    parse_list,
    parse_whole_number,
    read_csv,
)
from peerdesk.services.instruments import Instrument, load_instruments
from peerdesk.services.participants import clean_tags
from peerdesk.services.training import add_months
from peerdesk.vault.vault import UnlockedVault

E = TypeVar("E", bound=enum.StrEnum)


@dataclass(frozen=True)
class ImportSpec:
    required: tuple[str, ...]
    optional: tuple[str, ...] = ()
    date_columns: tuple[str, ...] = ()
    repeated_prefixes: tuple[str, ...] = ()


SPECS: dict[str, ImportSpec] = {
    "participants": ImportSpec(
        ("participant_id", "display_name", "intake_date"),
        (
            "first_name",
            "last_name",
            "pronouns",
            "date_of_birth",
            "preferred_language",
            "phone",
            "email",
            "ok_to_text",
            "ok_to_voicemail",
            "referral_source",
            "status",
            "assigned_peer",
            "notes",
        ),
        ("intake_date", "date_of_birth"),
    ),
    "contacts": ImportSpec(
        ("participant_id", "date", "type"),
        ("duration_minutes", "topics", "notes", "follow_up_date", "staff"),
        ("date", "follow_up_date"),
    ),
    "groups": ImportSpec(("group",), ("kind", "schedule", "location", "facilitators")),
    "rosters": ImportSpec(
        ("group", "participant_id", "enrolled_on"), ("exited_on",), ("enrolled_on", "exited_on")
    ),
    "attendance": ImportSpec(
        ("group", "session_date", "participant_id", "mark"), (), ("session_date",)
    ),
    "measures": ImportSpec(
        ("participant_id", "instrument", "date", "total"), (), ("date",), ("item",)
    ),
    "trainings": ImportSpec(
        ("staff", "training", "completed_on"),
        ("category", "expires_on", "hours"),
        ("completed_on", "expires_on"),
    ),
}


@dataclass
class ImportSummary:
    kind: str
    rows: int
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    warnings: list[str] = field(default_factory=list)
    dry_run: bool = False

    def describe(self) -> str:
        parts = [
            translate("Imports", "{count} added").format(count=self.added),
            translate("Imports", "{count} updated").format(count=self.updated),
        ]
        if self.unchanged:
            parts.append(
                translate("Imports", "{count} already there and skipped").format(
                    count=self.unchanged
                )
            )
        if self.dry_run:
            sentence = translate(
                "Imports", "Checked {rows} {kind} rows: {parts}. Nothing was saved (dry run)."
            )
        else:
            sentence = translate("Imports", "Imported {rows} {kind} rows: {parts}.")
        return sentence.format(rows=self.rows, kind=self.kind, parts=", ".join(parts))


_PROFILE_COLUMNS = (
    "display_name",
    "first_name",
    "last_name",
    "pronouns",
    "date_of_birth",
    "preferred_language",
    "intake_date",
    "referral_source",
    "notes",
)


class _Row:
    """Typed access to one row's cells; each bad cell adds a problem and gives None."""

    def __init__(self, row: CsvRow, order: DateOrder | None, problems: list[CsvProblem]):
        self.row = row
        self.order = order
        self.problems = problems
        self.ok = True

    def problem(self, message: str, **fields: object) -> None:
        """`message` is translated; `fields` fill its {placeholders}. Column names stay as
        the file has them (they are not translated)."""
        self.ok = False
        line = translate("Imports", "Line {line}: {problem}").format(
            line=self.row.line, problem=message.format(**fields)
        )
        self.problems.append(CsvProblem(self.row.line, line))

    def text(self, column: str, *, required: bool = False, limit: int = 200) -> str | None:
        value = self.row.values.get(column, "").strip()
        if not value:
            if required:
                self.problem(translate("Imports", "the {column} is empty."), column=column)
            return None
        if len(value) > limit:
            self.problem(
                translate("Imports", "the {column} is longer than {limit} characters."),
                column=column,
                limit=limit,
            )
            return None
        return value

    def date(
        self, column: str, *, required: bool = False, today: date | None = None
    ) -> date | None:
        value = self.row.values.get(column, "").strip()
        if not value:
            if required:
                self.problem(
                    translate("Imports", "the {column} is empty but needs a date."), column=column
                )
            return None
        try:
            day = parse_date(value, self.order)
        except ValueError as reason:
            self.problem(
                translate("Imports", "the {column} {reason}."), column=column, reason=reason
            )
            return None
        if today is not None and day > today:
            self.problem(translate("Imports", "the {column} is in the future."), column=column)
            return None
        return day

    def flag(self, column: str) -> bool | None:
        try:
            return parse_flag(self.row.values.get(column, ""))
        except ValueError as reason:
            self.problem(
                translate("Imports", "the {column} {reason}."), column=column, reason=reason
            )
            return None

    def number(self, column: str, low: int, high: int, *, required: bool = False) -> int | None:
        try:
            value = parse_whole_number(self.row.values.get(column, ""), minimum=low, maximum=high)
        except ValueError as reason:
            self.problem(
                translate("Imports", "the {column} {reason}."), column=column, reason=reason
            )
            return None
        if value is None and required:
            self.problem(translate("Imports", "the {column} is empty."), column=column)
        return value

    def hours(self, column: str) -> float | None:
        raw = self.row.values.get(column, "").strip().replace(",", ".")
        if not raw:
            return None
        try:
            value = float(raw)
        except ValueError:
            self.problem(
                translate("Imports", "the {column} should be a number of hours, like 1.5."),
                column=column,
            )
            return None
        if not 0 <= value <= 1000:
            self.problem(
                translate("Imports", "the {column} should be from 0 to 1000."), column=column
            )
            return None
        return value

    def choice(self, column: str, kind: type[E], *, required: bool = False) -> E | None:
        raw = self.row.values.get(column, "").strip()
        if not raw:
            if required:
                self.problem(translate("Imports", "the {column} is empty."), column=column)
            return None
        member = validation.match_choice(kind, raw)
        if member is None:
            self.problem(
                translate("Imports", "the {column} should be one of: {options}."),
                column=column,
                options=validation.options(kind),
            )
        return member


def _date_order(rows: list[CsvRow], columns: Iterable[str]) -> DateOrder | None:
    values = [row.values.get(column, "") for row in rows for column in columns]
    order = detect_date_order(values)
    if order is None:
        raise CsvError(
            [
                CsvProblem(
                    None,
                    translate(
                        "Imports",
                        "The dates in this file could be day-first or month-first. Import it "
                        "again and say which with --date-format DD/MM/YYYY or "
                        "--date-format MM/DD/YYYY.",
                    ),
                )
            ]
        )
    return order


class Importer:
    def __init__(
        self,
        vault: UnlockedVault,
        today: Callable[[], date] = date.today,
        instruments: dict[str, Instrument] | None = None,
    ) -> None:
        self.vault = vault
        self.access = Access(vault)
        self.today = today
        self._instruments = instruments

    def run(
        self, kind: str, data: bytes, *, dry_run: bool = False, date_format: DateOrder | None = None
    ) -> ImportSummary:
        spec = SPECS.get(kind)
        if spec is None:
            raise InvalidInput(
                translate("Imports", "PeerDesk can't import '{kind}'. It imports: {kinds}.").format(
                    kind=kind, kinds=", ".join(SPECS)
                )
            )
        table = read_csv(
            data,
            required=spec.required,
            optional=spec.optional,
            repeated_prefixes=spec.repeated_prefixes,
        )
        order = date_format or _date_order(table.rows, spec.date_columns)
        summary = ImportSummary(
            kind, len(table.rows), warnings=list(table.warnings), dry_run=dry_run
        )
        problems: list[CsvProblem] = []
        handler = getattr(self, f"_{kind}")
        with self.vault.write_session() as s:
            s.begin()
            try:
                handler(s, [_Row(row, order, problems) for row in table.rows], summary)
                if problems:
                    raise CsvError(problems)
                s.flush()
                if dry_run:
                    s.rollback()
                    return summary
                self.vault.audit(
                    "import",
                    detail=f"{kind}: {summary.added} added, "
                    f"{summary.updated} updated, {summary.unchanged} skipped",
                    session=s,
                )
                s.commit()
            except BaseException:
                s.rollback()
                raise
        return summary

    # --- lookups -------------------------------------------------------------------------

    def _participants_by_external(self, s: Session) -> dict[str, Participant]:
        rows = s.scalars(
            select(Participant).where(
                Participant.external_id.is_not(None), Participant.deleted.is_(False)
            )
        )
        return {p.external_id: p for p in rows if p.external_id}

    def _participant_refs(self, s: Session) -> dict[str, Any]:
        """participant_id -> (id, assigned peer, deleted), read from an index only."""
        rows = s.execute(
            select(
                Participant.external_id,
                Participant.id,
                Participant.assigned_peer_id,
                Participant.deleted,
            ).where(Participant.external_id.is_not(None), Participant.deleted.is_(False))
        )
        return {row.external_id: row for row in rows}

    def _users_by_name(self, s: Session) -> dict[str, User]:
        return {
            u.name.casefold(): u for u in s.scalars(select(User).where(User.removed_at.is_(None)))
        }

    def _groups_by_name(self, s: Session) -> dict[str, Group]:
        return {
            g.name.casefold(): g for g in s.scalars(select(Group).where(Group.deleted.is_(False)))
        }

    def _participant(self, row: _Row, people: dict[str, Any]) -> Any:
        external = row.text("participant_id", required=True, limit=64)
        if external is None:
            return None
        person = people.get(external)
        if person is None:
            row.problem(
                translate(
                    "Imports",
                    "the participant_id isn't one PeerDesk knows. Import the participants first.",
                )
            )
            return None
        if not self.access.can_open(person):
            row.problem(translate("Imports", "that participant isn't in your caseload."))
            return None
        return person

    # --- one method per kind -------------------------------------------------------------

    def _participants(self, s: Session, rows: list[_Row], summary: ImportSummary) -> None:
        self.access.require_coordinator(translate("Access", "import participants"))
        today = self.today()
        people = self._participants_by_external(s)
        users = self._users_by_name(s)
        phones: dict[str, ContactMethod] = {}
        emails: dict[str, ContactMethod] = {}
        for method in s.scalars(select(ContactMethod).where(ContactMethod.deleted.is_(False))):
            (phones if method.kind == "phone" else emails).setdefault(method.participant_id, method)
        seen: dict[str, int] = {}
        new_people: list[dict[str, Any]] = []
        new_statuses: list[dict[str, Any]] = []
        new_methods: list[dict[str, Any]] = []
        for row in rows:
            external = row.text("participant_id", required=True, limit=64)
            values: dict[str, Any] = {
                "display_name": row.text("display_name", required=True, limit=120),
                "first_name": row.text("first_name", limit=120),
                "last_name": row.text("last_name", limit=120),
                "pronouns": row.text("pronouns", limit=40),
                "date_of_birth": row.date("date_of_birth", today=today),
                "preferred_language": row.text("preferred_language", limit=60),
                "intake_date": row.date("intake_date", required=True, today=today),
                "referral_source": row.text("referral_source", limit=120),
                "notes": row.text("notes", limit=20_000),
            }
            status = row.choice("status", ParticipantStatus)
            phone, email = row.text("phone", limit=60), row.text("email", limit=200)
            ok_to_text, ok_to_voicemail = row.flag("ok_to_text"), row.flag("ok_to_voicemail")
            peer_name = row.text("assigned_peer", limit=64)
            peer = users.get(peer_name.casefold()) if peer_name else None
            if peer_name and peer is None:
                row.problem(translate("Imports", "the assigned_peer isn't a PeerDesk user."))
            elif peer is not None and peer.role is Role.FACILITATOR:
                row.problem(
                    translate(
                        "Imports",
                        "the assigned_peer is a facilitator; only peers and "
                        "coordinators have caseloads.",
                    )
                )
            if external is not None:
                if external in seen:
                    row.problem(
                        translate("Imports", "the participant_id is also on line {line}."),
                        line=seen[external],
                    )
                seen.setdefault(external, row.row.line)
            if (
                values["date_of_birth"]
                and values["intake_date"]
                and values["date_of_birth"] > values["intake_date"]
            ):
                row.problem(translate("Imports", "the date_of_birth is after the intake_date."))
            if not row.ok or external is None:
                continue
            # A blank cell keeps what PeerDesk has; it never clears a field.
            values = {k: v for k, v in values.items() if v is not None}
            person = people.get(external)
            if person is None:
                pid = new_id()
                state = status or ParticipantStatus.ACTIVE
                new_people.append(
                    {
                        **dict.fromkeys(_PROFILE_COLUMNS),
                        **values,
                        "id": pid,
                        "external_id": external,
                        "status": state,
                        "status_since": values["intake_date"],
                        "assigned_peer_id": peer.id if peer else None,
                    }
                )
                new_statuses.append(
                    {"participant_id": pid, "status": state, "changed_on": values["intake_date"]}
                )
                for kind, value in (("phone", phone), ("email", email)):
                    if value is not None:
                        is_phone = kind == "phone"
                        new_methods.append(
                            {
                                "participant_id": pid,
                                "kind": kind,
                                "value": value,
                                "ok_to_text": bool(ok_to_text) and is_phone,
                                "ok_to_voicemail": bool(ok_to_voicemail) and is_phone,
                                "ok_to_mail": False,
                            }
                        )
                summary.added += 1
            else:
                changed = [k for k, v in values.items() if getattr(person, k) != v]
                for key in changed:
                    setattr(person, key, values[key])
                if peer is not None and person.assigned_peer_id != peer.id:
                    person.assigned_peer_id = peer.id
                    changed.append("assigned_peer")
                if status is not None and person.status is not status:
                    person.status, person.status_since = status, today
                    s.add(StatusChange(participant_id=person.id, status=status, changed_on=today))
                    changed.append("status")
                changed += self._methods(
                    s, person, phones, emails, phone, email, ok_to_text, ok_to_voicemail
                )
                if changed:
                    summary.updated += 1
                else:
                    summary.unchanged += 1
        self._insert(s, Participant, new_people)
        self._insert(s, StatusChange, new_statuses)
        self._insert(s, ContactMethod, new_methods)

    def _insert(self, s: Session, model: type[Synced], rows: list[dict[str, Any]]) -> None:
        """Many new records in one statement: no ORM object per row, which would make a
        large import many times slower."""
        if rows:
            # Core, not ORM, INSERT: the ORM leaves out None values and so splits rows
            # with and without (say) a follow-up date into batches of a few rows each.
            table = model.__table__  # type: ignore[attr-defined]  # a mapped class has one
            s.execute(insert(table), stamp_new_rows(model, rows, self.vault.clock))

    def _methods(
        self,
        s: Session,
        person: Participant,
        phones: dict[str, ContactMethod],
        emails: dict[str, ContactMethod],
        phone: str | None,
        email: str | None,
        ok_to_text: bool | None,
        ok_to_voicemail: bool | None,
    ) -> list[str]:
        """Add or update the phone and email; returns what changed."""
        changed = []
        for kind, value, known in (("phone", phone, phones), ("email", email, emails)):
            if value is None:
                continue
            method = known.get(person.id)
            if method is None:
                method = ContactMethod(
                    participant_id=person.id,
                    kind=kind,
                    value=value,
                    ok_to_text=False,
                    ok_to_voicemail=False,
                    ok_to_mail=False,
                )
                s.add(method)
                known[person.id] = method
                changed.append(kind)
            elif method.value != value:
                method.value = value
                changed.append(kind)
            if kind == "phone":
                for flag, wanted in (
                    ("ok_to_text", ok_to_text),
                    ("ok_to_voicemail", ok_to_voicemail),
                ):
                    if wanted is not None and getattr(method, flag) != wanted:
                        setattr(method, flag, wanted)
                        changed.append(flag)
        return changed

    def _contacts(self, s: Session, rows: list[_Row], summary: ImportSummary) -> None:
        self.access.require_caseload_role()
        today = self.today()
        people = self._participant_refs(s)
        users = self._users_by_name(s)
        existing = {
            (
                c.participant_id,
                c.contact_date,
                c.type,
                c.duration_minutes,
                c.notes,
                c.follow_up_date,
            )
            for c in s.scalars(select(Contact).where(Contact.deleted.is_(False)))
        }
        new: list[dict[str, Any]] = []
        for row in rows:
            person = self._participant(row, people)
            day = row.date("date", required=True, today=today)
            kind = row.choice("type", ContactType, required=True)
            minutes = row.number("duration_minutes", 0, 24 * 60)
            notes = row.text("notes", limit=20_000)
            follow_up = row.date("follow_up_date")
            staff_name = row.text("staff", limit=64)
            staff = users.get(staff_name.casefold()) if staff_name else None
            if staff_name and staff is None:
                row.problem(translate("Imports", "the staff isn't a PeerDesk user."))
            if day and follow_up and follow_up < day:
                row.problem(translate("Imports", "the follow_up_date is before the date."))
            if not row.ok or person is None or day is None or kind is None:
                continue
            key = (person.id, day, kind, minutes, notes, follow_up)
            if key in existing:
                summary.unchanged += 1
                continue
            existing.add(key)
            new.append(
                {
                    "participant_id": person.id,
                    "contact_date": day,
                    "type": kind,
                    "duration_minutes": minutes,
                    "notes": notes,
                    "follow_up_date": follow_up,
                    "topics": clean_tags(parse_list(row.row.values.get("topics", ""))),
                    "staff_id": staff.id if staff else self.access.user.id,
                }
            )
        self._insert(s, Contact, new)
        summary.added += len(new)

    def _groups(self, s: Session, rows: list[_Row], summary: ImportSummary) -> None:
        self.access.require_coordinator(translate("Access", "import groups"))
        groups = self._groups_by_name(s)
        users = self._users_by_name(s)
        links = {(f.group_id, f.user_id): f for f in s.scalars(select(GroupFacilitator))}
        seen: dict[str, int] = {}
        for row in rows:
            name = row.text("group", required=True, limit=120)
            values = {
                "kind": row.text("kind", limit=80),
                "schedule": row.text("schedule", limit=120),
                "location": row.text("location"),
            }
            facilitators = []
            for user_name in parse_list(row.row.values.get("facilitators", "")):
                user = users.get(user_name.casefold())
                if user is None:
                    row.problem(
                        translate("Imports", "a name in facilitators isn't a PeerDesk user.")
                    )
                else:
                    facilitators.append(user)
            if name is not None:
                if name.casefold() in seen:
                    row.problem(
                        translate("Imports", "the group is also on line {line}."),
                        line=seen[name.casefold()],
                    )
                seen.setdefault(name.casefold(), row.row.line)
            if not row.ok or name is None:
                continue
            group = groups.get(name.casefold())
            changed = is_new = False
            if group is None:
                is_new = True
                group = Group(id=new_id(), name=name, **values)
                s.add(group)
                groups[name.casefold()] = group
                summary.added += 1
            else:
                for key, value in values.items():
                    if value is not None and getattr(group, key) != value:
                        setattr(group, key, value)
                        changed = True
            for user in facilitators:
                link = links.get((group.id, user.id))
                if link is None:
                    link = GroupFacilitator(group_id=group.id, user_id=user.id)
                    s.add(link)
                    links[(group.id, user.id)] = link
                    changed = True
                elif link.deleted:
                    link.deleted, changed = False, True
            if is_new:
                continue
            if changed:
                summary.updated += 1
            else:
                summary.unchanged += 1

    def _rosters(self, s: Session, rows: list[_Row], summary: ImportSummary) -> None:
        self.access.require_coordinator(translate("Access", "import rosters"))
        groups = self._groups_by_name(s)
        people = self._participant_refs(s)
        enrolments = {
            (e.group_id, e.participant_id): e
            for e in s.scalars(select(Enrolment).where(Enrolment.deleted.is_(False)))
        }
        for row in rows:
            group = self._group(row, groups)
            person = self._participant(row, people)
            enrolled = row.date("enrolled_on", required=True)
            exited = row.date("exited_on")
            if enrolled and exited and exited < enrolled:
                row.problem(
                    translate("Imports", "the exited_on date is before the enrolled_on date.")
                )
            if not row.ok or group is None or person is None or enrolled is None:
                continue
            current = enrolments.get((group.id, person.id))
            if current is None:
                current = Enrolment(
                    group_id=group.id,
                    participant_id=person.id,
                    enrolled_on=enrolled,
                    exited_on=exited,
                )
                s.add(current)
                enrolments[(group.id, person.id)] = current
                summary.added += 1
            elif (current.enrolled_on, current.exited_on) != (enrolled, exited):
                current.enrolled_on, current.exited_on = enrolled, exited
                summary.updated += 1
            else:
                summary.unchanged += 1

    def _group(self, row: _Row, groups: dict[str, Group]) -> Group | None:
        name = row.text("group", required=True, limit=120)
        if name is None:
            return None
        group = groups.get(name.casefold())
        if group is None:
            row.problem(
                translate("Imports", "the group isn't one PeerDesk knows. Import the groups first.")
            )
        return group

    def _attendance(self, s: Session, rows: list[_Row], summary: ImportSummary) -> None:
        today = self.today()
        groups = self._groups_by_name(s)
        everyone = {
            p.external_id: p
            for p in s.scalars(
                select(Participant).where(
                    Participant.external_id.is_not(None), Participant.deleted.is_(False)
                )
            )
            if p.external_id
        }
        sessions = {
            (g.group_id, g.held_on): g.id
            for g in s.scalars(select(GroupSession).where(GroupSession.deleted.is_(False)))
        }
        new_sessions: list[dict[str, Any]] = []
        new_marks: list[dict[str, Any]] = []
        marks = {(a.session_id, a.participant_id): a for a in s.scalars(select(Attendance))}
        allowed: dict[str, bool] = {}
        seen: dict[tuple[str, date, str], int] = {}
        for row in rows:
            group = self._group(row, groups)
            held_on = row.date("session_date", required=True, today=today)
            external = row.text("participant_id", required=True, limit=64)
            person = everyone.get(external) if external else None
            if external and person is None:
                row.problem(
                    translate(
                        "Imports",
                        "the participant_id isn't one PeerDesk knows. "
                        "Import the participants first.",
                    )
                )
            mark = row.choice("mark", AttendanceMark, required=True)
            if group is not None:
                if group.id not in allowed:
                    allowed[group.id] = self.access.can_run_group(s, group.id)
                if not allowed[group.id]:
                    row.problem(translate("Imports", "you don't facilitate that group."))
            if group and held_on and external:
                key = (group.id, held_on, external)
                if key in seen:
                    row.problem(
                        translate(
                            "Imports", "the same person and session are also on line {line}."
                        ),
                        line=seen[key],
                    )
                seen.setdefault(key, row.row.line)
            if not row.ok or group is None or held_on is None or person is None or mark is None:
                continue
            session_id = sessions.get((group.id, held_on))
            if session_id is None:
                session_id = new_id()
                new_sessions.append(
                    {
                        "id": session_id,
                        "group_id": group.id,
                        "held_on": held_on,
                        "facilitators_present": [],
                        "topic": None,
                        "notes": None,
                    }
                )
                sessions[(group.id, held_on)] = session_id
            current = marks.get((session_id, person.id))
            if current is None:
                new_marks.append(
                    {"session_id": session_id, "participant_id": person.id, "mark": mark}
                )
                summary.added += 1
            elif current.mark is not mark or current.deleted:
                current.mark, current.deleted = mark, False
                summary.updated += 1
            else:
                summary.unchanged += 1
        self._insert(s, GroupSession, new_sessions)
        self._insert(s, Attendance, new_marks)

    def _measures(self, s: Session, rows: list[_Row], summary: ImportSummary) -> None:
        self.access.require_caseload_role()
        instruments = self._instruments or load_instruments()
        today = self.today()
        people = self._participant_refs(s)
        existing = {
            (m.participant_id, m.instrument, m.taken_on, m.total)
            for m in s.scalars(select(Measure).where(Measure.deleted.is_(False)))
        }
        new: list[dict[str, Any]] = []
        for row in rows:
            person = self._participant(row, people)
            name = (row.text("instrument", required=True, limit=40) or "").lower()
            instrument = instruments.get(name)
            if name and instrument is None:
                row.problem(
                    translate("Imports", "the instrument should be one of: {options}."),
                    options=", ".join(sorted(instruments)),
                )
            day = row.date("date", required=True, today=today)
            total = row.number("total", -1_000_000, 1_000_000, required=True)
            items = self._items(row, instrument)
            if instrument is not None and total is not None:
                if not instrument.total_min <= total <= instrument.total_max:
                    row.problem(
                        translate(
                            "Imports", "the total should be from {low} to {high} for {instrument}."
                        ),
                        low=instrument.total_min,
                        high=instrument.total_max,
                        instrument=instrument.short_name,
                    )
                elif items and instrument.score(items) != total:
                    row.problem(translate("Imports", "the total doesn't match the items."))
            if not row.ok or person is None or instrument is None or day is None or total is None:
                continue
            key = (person.id, instrument.id, day, total)
            if key in existing:
                summary.unchanged += 1
                continue
            existing.add(key)
            new.append(
                {
                    "participant_id": person.id,
                    "instrument": instrument.id,
                    "taken_on": day,
                    "total": total,
                    "items": items,
                }
            )
        self._insert(s, Measure, new)
        summary.added += len(new)

    def _items(self, row: _Row, instrument: Instrument | None) -> list[int]:
        """item1…itemN when the row has any; every one then, each within the scale."""
        cells = {
            int(k[4:].lstrip("_")): v
            for k, v in row.row.values.items()
            if k.startswith("item") and k[4:].lstrip("_").isdigit() and v.strip()
        }
        if not cells or instrument is None:
            return []
        count = len(instrument.item_texts)
        if sorted(cells) != list(range(1, count + 1)):
            row.problem(
                translate("Imports", "{instrument} needs all of item1 to item{count}, or none."),
                instrument=instrument.short_name,
                count=count,
            )
            return []
        items = []
        for number in range(1, count + 1):
            value = row.number(
                f"item{number}" if f"item{number}" in row.row.values else f"item_{number}",
                instrument.scale_min,
                instrument.scale_max,
            )
            if value is None:
                return []
            items.append(value)
        return items

    def _trainings(self, s: Session, rows: list[_Row], summary: ImportSummary) -> None:
        today = self.today()
        users = self._users_by_name(s)
        renewals = {
            (r.role, r.training.casefold()): r.renewal_months
            for r in s.scalars(select(RequiredTraining).where(RequiredTraining.deleted.is_(False)))
        }
        records = {
            (r.user_id, r.training.casefold(), r.completed_on): r
            for r in s.scalars(select(TrainingRecord).where(TrainingRecord.deleted.is_(False)))
        }
        all_users = {u.name.casefold(): u for u in s.scalars(select(User))}
        for row in rows:
            staff_name = row.text("staff", required=True, limit=64)
            user = (
                users.get(staff_name.casefold()) or all_users.get(staff_name.casefold())
                if staff_name
                else None
            )
            if staff_name and user is None:
                row.problem(translate("Imports", "the staff isn't a PeerDesk user."))
            elif (
                user is not None
                and not self.access.is_coordinator
                and user.id != self.access.user.id
            ):
                row.problem(translate("Imports", "you can only import your own trainings."))
            training = row.text("training", required=True, limit=120)
            completed = row.date("completed_on", required=True, today=today)
            expires = row.date("expires_on")
            hours = row.hours("hours")
            category = row.text("category", limit=80)
            if completed and expires and expires < completed:
                row.problem(
                    translate("Imports", "the expires_on date is before the completed_on date.")
                )
            if not row.ok or user is None or training is None or completed is None:
                continue
            if expires is None:
                months = renewals.get((user.role, training.casefold()))
                expires = add_months(completed, months) if months else None
            current = records.get((user.id, training.casefold(), completed))
            if current is None:
                current = TrainingRecord(
                    user_id=user.id,
                    training=training,
                    category=category,
                    completed_on=completed,
                    expires_on=expires,
                    hours=hours,
                )
                s.add(current)
                records[(user.id, training.casefold(), completed)] = current
                summary.added += 1
            elif (current.expires_on, current.hours, current.category) != (
                expires,
                hours,
                category,
            ):
                current.expires_on, current.hours, current.category = expires, hours, category
                summary.updated += 1
            else:
                summary.unchanged += 1
