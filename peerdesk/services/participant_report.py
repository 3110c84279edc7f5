"""The participant summary report (`peerdesk report participant`): one person's goals,
measures, group attendance and contacts, for staff or, in plain language, for the
person to keep.

Only someone who may open the record may print it: a coordinator, or the peer whose
caseload it is; never a facilitator. The data comes through the services that own it
(each checks access again); only a person's own attendance marks across groups are read
here, as no service lists them for someone who doesn't run those groups.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date

from sqlalchemy import select

from peerdesk.db.models import (
    Attendance,
    AttendanceMark,
    Group,
    GroupSession,
    Participant,
)
from peerdesk.errors import InvalidInput
from peerdesk.i18n import translate
from peerdesk.reports import messages
from peerdesk.reports.participant_report import (
    GoalLine,
    GroupAttendance,
    MeasureSeries,
    MilestoneLine,
    ParticipantSummary,
    participant_report_pdf,
)
from peerdesk.reports.pdf_common import PAPER_SIZES
from peerdesk.services.access import Access
from peerdesk.services.encounters import EncounterService
from peerdesk.services.engagement import missed_in_a_row, open_follow_ups
from peerdesk.services.erasure import find_participant_id
from peerdesk.services.goals import GoalService
from peerdesk.services.measures import MeasureService, MeasureView
from peerdesk.services.participants import ParticipantService
from peerdesk.services.reports import BuiltReport, Progress, ReportRequest
from peerdesk.services.settings import SettingsService
from peerdesk.vault.vault import UnlockedVault

INSTRUMENT_ORDER = ("hope", "satisfaction", "barc10")  # then any others, by id


def first_name(user_name: str | None) -> str | None:
    """How the plain version names the peer: the first word of their user name,
    capitalised when it is written all in lower case ("sam" -> "Sam")."""
    words = (user_name or "").split()
    if not words:
        return None
    word = words[0]
    return word[0].upper() + word[1:] if word.islower() else word


class ParticipantReportService:
    def __init__(self, vault: UnlockedVault, today: Callable[[], date] = date.today) -> None:
        self.vault = vault
        self.today = today
        self.access = Access(vault)

    def summary(
        self, participant: str, start: date | None = None, end: date | None = None
    ) -> ParticipantSummary:
        """What the report shows about the participant with the program id (or record
        id) `participant`, for the period [start, end]: by default from their intake
        to today."""
        self.access.require_caseload_role()
        participant_id = find_participant_id(self.vault, participant)
        with self.vault.session() as s:
            record = self.access.require_open(s.get(Participant, participant_id))
            if record.erased:
                raise InvalidInput(
                    translate("Reports", "That participant was erased; there is nothing to print.")
                )
            peer_id, intake = record.assigned_peer_id, record.intake_date
        last = end or self.today()
        first = start or (intake if intake is not None and intake <= last else last)
        if last < first:
            raise InvalidInput(messages.period_backwards())

        view = ParticipantService(self.vault, self.today).open(participant_id)
        goals = GoalService(self.vault, self.today).goals(participant_id)
        measures = MeasureService(self.vault, today=self.today)
        history = measures.history(participant_id)
        contacts = EncounterService(self.vault, self.today).contacts(participant_id)

        in_period = [c for c in contacts if first <= c.contact_date <= last]
        pending = open_follow_ups(
            [c.contact_date for c in contacts],
            [c.follow_up_date for c in contacts if c.follow_up_date is not None],
        )
        legal = " ".join(n for n in (view.first_name, view.last_name) if n and n.strip())
        assert self.vault.user is not None  # Access above refuses a vault without a person
        return ParticipantSummary(
            organisation=SettingsService(self.vault).load().organisation,
            logo=SettingsService(self.vault).logo(),
            made_on=self.today(),
            made_by=self.vault.user.name,
            start=first,
            end=last,
            participant_id=participant_id,
            display_name=view.display_name or "",
            legal_name=legal or None,
            pronouns=view.pronouns,
            status=view.status,
            status_since=view.status_since,
            program_id=view.external_id,
            intake_date=view.intake_date,
            peer=view.assigned_peer,
            peer_first_name=first_name(view.assigned_peer),
            goals=tuple(
                GoalLine(
                    goal.title or "",
                    goal.set_on,
                    goal.status,
                    tuple(
                        # a milestone ticked after the period was not done within it
                        MilestoneLine(
                            m.title or "",
                            m.due_on,
                            m.done_on if m.done_on is not None and m.done_on <= last else None,
                        )
                        for m in goal.milestones
                    ),
                )
                for goal in goals
                if goal.set_on <= last
            ),
            measures=self._series(measures, history, first, last),
            attendance=self._attendance(participant_id, first, last),
            contacts_by_type=dict(Counter(c.type for c in in_period)),
            contacts_all_with_peer=peer_id is not None
            and all(c.staff_id == peer_id for c in in_period),
            last_contact=max((c.contact_date for c in in_period), default=None),
            next_follow_up=pending[0] if pending else None,
        )

    @staticmethod
    def _series(
        measures: MeasureService, history: list[MeasureView], first: date, last: date
    ) -> tuple[MeasureSeries, ...]:
        """Every known instrument, with its results in the period (maybe none)."""
        ids = [i for i in INSTRUMENT_ORDER if i in measures.instruments]
        ids += sorted(set(measures.instruments) - set(ids))
        found = []
        for instrument_id in ids:
            instrument = measures.instruments[instrument_id]
            points = tuple(
                (m.taken_on, m.total)
                for m in history
                if m.instrument == instrument_id and first <= m.taken_on <= last
            )
            found.append(
                MeasureSeries(
                    instrument=instrument.id,
                    name=instrument.name.split(" (")[0],
                    short_name=instrument.short_name,
                    total_min=instrument.total_min,
                    total_max=instrument.total_max,
                    single_item=instrument.single_item,
                    points=points,
                    cutoff=min((c.at_or_above for c in instrument.cutoffs), default=None),
                )
            )
        return tuple(found)

    def _attendance(
        self, participant_id: str, first: date, last: date
    ) -> tuple[GroupAttendance, ...]:
        """Per group, by name: this person's marks on sessions held in the period."""
        with self.vault.session() as s:
            self.access.require_open(s.get(Participant, participant_id))
            rows = s.execute(
                select(Group.id, Group.name, GroupSession.held_on, Attendance.mark)
                .join(GroupSession, GroupSession.id == Attendance.session_id)
                .join(Group, Group.id == GroupSession.group_id)
                .where(
                    Attendance.participant_id == participant_id,
                    Attendance.deleted.is_(False),
                    GroupSession.deleted.is_(False),
                    GroupSession.held_on.between(first, last),
                )
            ).all()
        names: dict[str, str] = {}
        marks: dict[str, list[tuple[date, AttendanceMark]]] = {}
        for group_id, name, held_on, mark in rows:
            names[group_id] = name
            marks.setdefault(group_id, []).append((held_on, mark))
        found = []
        for group_id, theirs in marks.items():
            attended = [day for day, mark in theirs if mark.attended]
            found.append(
                GroupAttendance(
                    group=names[group_id],
                    marked=len(theirs),
                    attended=len(attended),
                    excused=sum(1 for _, mark in theirs if mark is AttendanceMark.EXCUSED),
                    last_attended=max(attended, default=None),
                    missed_in_a_row=missed_in_a_row(theirs),
                )
            )
        return tuple(sorted(found, key=lambda g: g.group.casefold()))


def build_participant_report(
    vault: UnlockedVault,
    today: Callable[[], date],
    request: ReportRequest,
    progress: Progress,
) -> BuiltReport:
    """The report for `ReportService` (report_catalogue.py). The audit detail says which
    version and period, never who; the record id says whose."""
    if request.paper not in PAPER_SIZES:
        raise InvalidInput(messages.choose_paper())
    summary = ParticipantReportService(vault, today).summary(
        request.participant or "", request.start, request.end
    )
    content, pages, title = participant_report_pdf(
        summary, plain=request.plain, paper=request.paper, progress=progress
    )
    version = "plain-language version" if request.plain else "staff version"
    return BuiltReport(
        title=title,
        content=content,
        pages=pages,
        audit_detail=(
            f"participant summary ({version}), {summary.start.isoformat()} to "
            f"{summary.end.isoformat()}, {pages} page{'s' if pages != 1 else ''}"
        ),
        record_id=summary.participant_id,
    )
