"""Recovery goals in the participant's own words, with small milestones and notes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from peerdesk.db.models import Goal, GoalNote, GoalStatus, Milestone, Participant
from peerdesk.errors import InvalidInput
from peerdesk.i18n import translate
from peerdesk.services import validation as check
from peerdesk.services.access import Access
from peerdesk.vault.vault import UnlockedVault


@dataclass(frozen=True)
class MilestoneView:
    id: str
    title: str | None
    due_on: date | None
    done_on: date | None


@dataclass(frozen=True)
class GoalView:
    id: str
    title: str | None
    set_on: date
    status: GoalStatus
    milestones: list[MilestoneView]
    notes: list[tuple[date, str | None]]


class GoalService:
    def __init__(self, vault: UnlockedVault, today: Callable[[], date] = date.today) -> None:
        self.vault = vault
        self.access = Access(vault)
        self.today = today

    def _goal(self, session: Session, goal_id: str) -> Goal:
        goal = session.get(Goal, goal_id)
        if goal is None or goal.deleted:
            raise InvalidInput(translate("Goals", "That goal no longer exists."))
        self.access.require_open(session.get(Participant, goal.participant_id))
        return goal

    def add_goal(
        self,
        participant_id: str,
        title: str,
        set_on: date | None = None,
        session: Session | None = None,
    ) -> str:
        with self.vault.transaction(session) as s:
            participant = self.access.require_open(s.get(Participant, participant_id))
            goal = Goal(
                participant_id=participant.id,
                title=check.text(title, translate("Validation", "goal"), required=True, limit=2000),
                set_on=check.not_future(
                    set_on or self.today(), translate("Validation", "goal date"), self.today()
                ),
            )
            s.add(goal)
            s.flush()
            self.vault.audit("goal_added", record_id=participant.id, session=s)
            return goal.id

    def add_milestone(
        self, goal_id: str, title: str, due_on: date | None = None, session: Session | None = None
    ) -> str:
        with self.vault.transaction(session) as s:
            goal = self._goal(s, goal_id)
            milestone = Milestone(
                goal_id=goal.id,
                due_on=due_on,
                title=check.text(
                    title, translate("Validation", "milestone"), required=True, limit=2000
                ),
            )
            s.add(milestone)
            s.flush()
            self.vault.audit("goal_updated", record_id=goal.participant_id, session=s)
            return milestone.id

    def tick_milestone(
        self, milestone_id: str, done_on: date | None = None, session: Session | None = None
    ) -> None:
        """Mark a milestone done (or not done with `done_on=None` after ticking)."""
        with self.vault.transaction(session) as s:
            milestone = s.get(Milestone, milestone_id)
            if milestone is None or milestone.deleted:
                raise InvalidInput(translate("Goals", "That milestone no longer exists."))
            goal = self._goal(s, milestone.goal_id)
            milestone.done_on = check.not_future(
                done_on, translate("Validation", "date"), self.today()
            )
            self.vault.audit("goal_updated", record_id=goal.participant_id, session=s)

    def add_note(self, goal_id: str, note: str, written_on: date | None = None) -> None:
        with self.vault.writing() as s:
            goal = self._goal(s, goal_id)
            s.add(
                GoalNote(
                    goal_id=goal.id,
                    written_on=written_on or self.today(),
                    note=check.text(
                        note, translate("Validation", "note"), required=True, limit=20_000
                    ),
                )
            )
            self.vault.audit("goal_updated", record_id=goal.participant_id, session=s)

    def set_status(self, goal_id: str, status: GoalStatus | str) -> None:
        with self.vault.writing() as s:
            goal = self._goal(s, goal_id)
            goal.status = check.choice(GoalStatus, status, translate("Validation", "goal status"))
            self.vault.audit("goal_updated", record_id=goal.participant_id, session=s)

    def goals(self, participant_id: str) -> list[GoalView]:
        with self.vault.session() as s:
            participant = self.access.require_open(s.get(Participant, participant_id))
            goals = s.scalars(
                select(Goal)
                .where(Goal.participant_id == participant.id, Goal.deleted.is_(False))
                .order_by(Goal.set_on)
            ).all()
            ids = [g.id for g in goals]
            milestones = s.scalars(
                select(Milestone)
                .where(Milestone.goal_id.in_(ids), Milestone.deleted.is_(False))
                .order_by(Milestone.due_on)
            ).all()
            notes = s.scalars(
                select(GoalNote)
                .where(GoalNote.goal_id.in_(ids), GoalNote.deleted.is_(False))
                .order_by(GoalNote.written_on)
            ).all()
            return [
                GoalView(
                    g.id,
                    g.title,
                    g.set_on,
                    g.status,
                    [
                        MilestoneView(m.id, m.title, m.due_on, m.done_on)
                        for m in milestones
                        if m.goal_id == g.id
                    ],
                    [(n.written_on, n.note) for n in notes if n.goal_id == g.id],
                )
                for g in goals
            ]
