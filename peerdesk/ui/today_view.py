"""The Today page: what needs attention now, each item one Enter away from its record.

Every state is written in words ("No transport yet"), never shown by colour alone, and
each section says kindly when it has nothing in it."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import date

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from peerdesk.errors import KnownError
from peerdesk.i18n import month_name, short_date, weekday_name
from peerdesk.services.today import (
    AppointmentItem,
    AtRiskItem,
    FollowUpItem,
    GroupSessionItem,
    TodayOverview,
    TodayService,
    TrainingItem,
)
from peerdesk.tasks.runner import TaskRunner
from peerdesk.ui.message_boxes import MessageBoxes
from peerdesk.vault.vault import UnlockedVault

# What an item opens, kept in the item's data.
TARGET_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
PARTICIPANT, GROUP, TRAINING = "participant", "group", "training"


class SectionList(QListWidget):
    """A list as tall as its items, so the page scrolls as one and no list hides rows
    behind a scroll bar of its own."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setSpacing(2)
        # Tells one several-line item from the next; the states themselves are in words.
        self.setAlternatingRowColors(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def fit_to_contents(self) -> None:
        rows = sum(self.sizeHintForRow(row) + 2 * self.spacing() for row in range(self.count()))
        self.setFixedHeight(rows + 2 * self.frameWidth() + 4)


class Section(QWidget):
    """A heading with a count, the list, and a kind sentence when the list is empty."""

    def __init__(
        self, title: Callable[[int], str], name: str, empty: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._title = title
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setWeight(QFont.Weight.DemiBold)
        self.heading.setFont(font)
        self.list = SectionList(name)
        self.list.setAccessibleDescription(self.tr("Enter or double-click opens the item."))
        self.heading.setBuddy(self.list)
        self.empty = QLabel(empty)
        self.empty.setWordWrap(True)
        self.empty.setAccessibleName(name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 12)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        self.fill([])

    def fill(self, items: list[QListWidgetItem], count: int | None = None) -> None:
        """Show `items`; the heading counts them unless `count` says otherwise."""
        self.list.clear()
        for item in items:
            self.list.addItem(item)
        self.heading.setText(self._title(len(items) if count is None else count))
        self.list.setVisible(bool(items))
        self.empty.setVisible(not items)
        self.list.fit_to_contents()


def _item(text: str, kind: str, target: str, spoken: str | None = None) -> QListWidgetItem:
    item = QListWidgetItem(text)
    item.setData(KIND_ROLE, kind)
    item.setData(TARGET_ROLE, target)
    item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken or text.replace("\n", ". "))
    item.setToolTip(text)
    return item


class TodayView(QWidget):
    participant_opened = Signal(str)
    group_opened = Signal(str)
    training_opened = Signal()

    def __init__(
        self,
        vault: UnlockedVault,
        tasks: TaskRunner,
        boxes: MessageBoxes,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.tasks = tasks
        self.boxes = boxes
        self.today = today
        self.overview: TodayOverview | None = None

        self.greeting = QLabel()
        font = self.greeting.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setWeight(QFont.Weight.DemiBold)
        self.greeting.setFont(font)
        self.status = QLabel(self.tr("Loading today's list…"))
        self.status.setAccessibleName(self.tr("Today's summary"))
        # F5, not a mnemonic: Alt+R already goes to "At risk".
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_button.setToolTip(self.tr("Load today's list again (F5)"))
        self.refresh_button.clicked.connect(self.refresh)

        self.appointments = Section(
            lambda n: self.tr("&Appointments today and tomorrow ({0})").format(n),
            self.tr("Appointments today and tomorrow"),
            self.tr("No appointments today or tomorrow."),
        )
        self.follow_ups = Section(
            lambda n: self.tr("Follow-&ups due ({0})").format(n),
            self.tr("Follow-ups due"),
            self.tr("No follow-ups due today."),
        )
        self.at_risk = Section(
            lambda n: self.tr("At &risk of disengaging ({0})").format(n),
            self.tr("At risk of disengaging"),
            self.tr("Everyone has been in touch recently. No one looks at risk of disengaging."),
        )
        self.groups = Section(
            lambda n: self.tr("&Group sessions today ({0})").format(n),
            self.tr("Group sessions today"),
            self.tr("No group sessions today."),
        )
        self.trainings = Section(
            lambda n: self.tr("Your &trainings expiring soon ({0})").format(n),
            self.tr("Your trainings expiring soon"),
            self.tr("Your trainings are all current for the next 60 days."),
        )
        self.staff_trainings = Section(
            lambda n: self.tr("&Staff trainings to renew ({0})").format(n),
            self.tr("Staff trainings to renew"),
            self.tr("Every staff member's trainings are current for the next 60 days."),
        )
        self.staff_trainings.setVisible(False)  # coordinators only
        self.caseload_sections = (self.appointments, self.follow_ups, self.at_risk)
        self.sections = (
            *self.caseload_sections,
            self.groups,
            self.trainings,
            self.staff_trainings,
        )
        for section in self.sections:
            section.list.itemActivated.connect(self._activated)
        self._build_layout()

    def _build_layout(self) -> None:
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.greeting)
        titles.addWidget(self.status)
        header.addLayout(titles, 1)
        header.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignTop)

        self.caseload_column = QWidget()
        left = QVBoxLayout(self.caseload_column)
        left.setContentsMargins(0, 0, 0, 0)
        for section in self.caseload_sections:
            left.addWidget(section)
        left.addStretch()
        right_column = QWidget()
        right = QVBoxLayout(right_column)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.groups)
        right.addWidget(self.trainings)
        right.addWidget(self.staff_trainings)
        right.addStretch()
        columns = QHBoxLayout()
        columns.setSpacing(32)
        columns.addWidget(self.caseload_column, 3)
        columns.addWidget(right_column, 2)

        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(24, 20, 24, 20)
        page_layout.addLayout(header)
        page_layout.addSpacing(12)
        page_layout.addLayout(columns)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        order = [self.refresh_button, *(s.list for s in self.sections)]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    # --- loading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Load today's list on the worker thread; the page fills in when it arrives."""
        vault, today = self.vault, self.today
        self.refresh_button.setEnabled(False)
        self.tasks.run(
            lambda: TodayService(vault, today).load(),
            self._loaded,
            self._failed,
            label=self.tr("Loading today's list…"),
            parent=self,
        )

    def _loaded(self, overview: TodayOverview) -> None:
        if not shiboken6.isValid(self):
            return  # the window closed (or locked) while the list was loading
        self.refresh_button.setEnabled(True)
        self.show_overview(overview)

    def _failed(self, error: BaseException) -> None:
        if shiboken6.isValid(self):
            self.refresh_button.setEnabled(True)
            self.status.setText(self.tr("Today's list couldn't be loaded."))
        if not isinstance(error, KnownError):
            raise error  # a bug: the crash handler reports it
        self.boxes.error(self, self.tr("Today"), error.message)

    # --- showing ---------------------------------------------------------------------------

    def show_overview(self, overview: TodayOverview) -> None:
        self.overview = overview
        name = overview.user_name
        name = name[:1].upper() + name[1:] if name.islower() else name
        self.greeting.setText(self.tr("Hello, {0}. It's {1}.").format(name, self._day(overview)))
        # Facilitators keep no caseload: their groups and trainings take the whole page.
        self.caseload_column.setVisible(overview.has_caseload)
        self.appointments.fill([self._appointment(a, overview) for a in overview.appointments])
        self.follow_ups.fill([self._follow_up(f) for f in overview.follow_ups])
        self.at_risk.fill([self._at_risk(r) for r in overview.at_risk])
        self.groups.fill([self._group(g) for g in overview.group_sessions_today])
        self.trainings.fill([self._training(t) for t in overview.trainings_expiring])
        staff = overview.staff_with_expiring_trainings
        self.staff_trainings.setVisible(staff is not None)
        self.staff_trainings.fill([self._staff_trainings(staff)] if staff else [], staff or 0)
        self.status.setText(self._summary(overview))

    def _day(self, overview: TodayOverview) -> str:
        day = overview.day
        # "Tuesday 24 November": the order and the little words are the language's.
        return self.tr("{weekday} {day} {month}").format(
            weekday=weekday_name(day), day=day.day, month=month_name(day.month)
        )

    def _summary(self, overview: TodayOverview) -> str:
        if not overview.has_caseload:
            return self.tr("Your groups and trainings for today.")
        due = len(overview.follow_ups)
        today = sum(1 for a in overview.appointments if not a.is_tomorrow)
        if today == 0:
            appointments = self.tr("No appointments today")
        elif today == 1:
            appointments = self.tr("1 appointment today")
        else:
            appointments = self.tr("{0} appointments today").format(today)
        if due == 0:
            follow_ups = self.tr("no follow-ups due")
        elif due == 1:
            follow_ups = self.tr("1 follow-up due")
        else:
            follow_ups = self.tr("{0} follow-ups due").format(due)
        return self.tr("{0} · {1}").format(appointments, follow_ups)

    def _appointment(self, a: AppointmentItem, overview: TodayOverview) -> QListWidgetItem:
        clock = f"{a.when:%H:%M}"  # the 24-hour clock, as peerdesk.i18n.date_time shows it
        when = (
            self.tr("Tomorrow {0}").format(clock)
            if a.is_tomorrow
            else self.tr("Today {0}").format(clock)
        )
        kind = a.kind[:1].upper() + a.kind[1:]
        first = self.tr("{0} — {1} · {2}").format(when, a.display_name, kind)
        states = []
        if a.place:
            states.append(a.place)
        if a.peer_name:
            states.append(self.tr("{0}'s caseload").format(a.peer_name))
        if a.peer_goes_along:
            states.append(self.tr("Peer goes along"))
        states.append(
            self.tr("Transport arranged") if a.transport_arranged else self.tr("No transport yet")
        )
        states.append(self.tr("Reminder made") if a.reminder_made else self.tr("No reminder yet"))
        return _item(f"{first}\n{' · '.join(states)}", PARTICIPANT, a.participant_id)

    def _overdue(self, days: int) -> str:
        if days == 0:
            return self.tr("Due today")
        if days == 1:
            return self.tr("Overdue by 1 day")
        return self.tr("Overdue by {0} days").format(days)

    def _follow_up(self, f: FollowUpItem) -> QListWidgetItem:
        text = self.tr("{0} — {1}").format(f.display_name, self._overdue(f.days_overdue))
        if f.open_count > 1:
            text += self.tr(" ({0} follow-ups open)").format(f.open_count)
        if f.peer_name:
            text += self.tr(" · {0}'s caseload").format(f.peer_name)
        return _item(text, PARTICIPANT, f.participant_id)

    def _at_risk(self, r: AtRiskItem) -> QListWidgetItem:
        reasons = []
        if r.quiet_days is not None:
            reasons.append(
                self.tr(
                    "No contact or group attendance since intake, %n day(s) ago", "", r.quiet_days
                )
                if r.never_engaged
                else self.tr("No contact or group attendance for %n day(s)", "", r.quiet_days)
            )
        if r.missed_in_a_row:
            reasons.append(
                self.tr("Missed the last %n group session(s) in a row", "", r.missed_in_a_row)
            )
        reason = ". ".join(reasons) or r.reason
        name = r.display_name
        if r.peer_name:
            name = self.tr("{0} · {1}'s caseload").format(name, r.peer_name)
        return _item(f"{name}\n{reason}", PARTICIPANT, r.participant_id)

    def _group(self, g: GroupSessionItem) -> QListWidgetItem:
        when = g.schedule or self.tr("No schedule written down")
        if g.session_recorded:
            when = self.tr("{0} · Today's session is set up").format(when)
        lines = [g.name, when]
        details = [g.location] if g.location else []
        details.append(
            self.tr("1 person on the roster")
            if g.roster_size == 1
            else self.tr("{0} people on the roster").format(g.roster_size)
        )
        lines.append(" · ".join(details))
        return _item("\n".join(lines), GROUP, g.group_id)

    def _training(self, t: TrainingItem) -> QListWidgetItem:
        on = short_date(t.expires_on)
        if t.days_left < -1:
            state = self.tr("Expired {0} days ago ({1})").format(-t.days_left, on)
        elif t.days_left == -1:
            state = self.tr("Expired yesterday ({0})").format(on)
        elif t.days_left == 0:
            state = self.tr("Expires today")
        elif t.days_left == 1:
            state = self.tr("Expires tomorrow")
        else:
            state = self.tr("Expires in {0} days ({1})").format(t.days_left, on)
        return _item(self.tr("{0} — {1}").format(t.training, state), TRAINING, t.record_id)

    def _staff_trainings(self, count: int) -> QListWidgetItem:
        text = (
            self.tr("1 staff member has a training expired or expiring within 60 days")
            if count == 1
            else self.tr(
                "{0} staff members have trainings expired or expiring within 60 days"
            ).format(count)
        )
        return _item(text, TRAINING, "")

    # --- opening ---------------------------------------------------------------------------

    def _activated(self, item: QListWidgetItem) -> None:
        kind, target = item.data(KIND_ROLE), item.data(TARGET_ROLE)
        if kind == PARTICIPANT:
            self.participant_opened.emit(target)
        elif kind == GROUP:
            self.group_opened.emit(target)
        elif kind == TRAINING:
            self.training_opened.emit()
