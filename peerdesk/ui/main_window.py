"""The main window after signing in: a sidebar of areas, the signed-in person and lock
state in the status bar, and the participant windows opened from it.

Only areas that exist are listed (a facilitator has no Caseload). The controller deletes
this window when PeerDesk locks, so no data outlives the lock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from peerdesk.db.models import Role
from peerdesk.errors import KnownError
from peerdesk.i18n import role_words
from peerdesk.services.settings import Settings
from peerdesk.tasks.runner import TaskRunner
from peerdesk.ui.attendance_window import AttendanceWindow
from peerdesk.ui.caseload_view import CaseloadView
from peerdesk.ui.groups_view import GroupsView
from peerdesk.ui.help import HelpDialog, ShortcutsDialog
from peerdesk.ui.message_boxes import MessageBoxes
from peerdesk.ui.participant_window import DRAFT_KIND, ParticipantWindow
from peerdesk.ui.reports_view import ReportsView
from peerdesk.ui.settings_page import SettingsPage
from peerdesk.ui.sync_view import SyncView
from peerdesk.ui.today_view import TodayView
from peerdesk.ui.training_view import TrainingView
from peerdesk.vault.vault import UnlockedVault


class MainWindow(QMainWindow):
    lock_requested = Signal()
    settings_changed = Signal(object)  # Settings
    display_changed = Signal(object)  # Display: language, text size, contrast

    def __init__(
        self,
        vault: UnlockedVault,
        tasks: TaskRunner,
        boxes: MessageBoxes,
        settings: Settings,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        assert vault.user is not None
        self.vault = vault
        self.tasks = tasks
        self.boxes = boxes
        self.settings = settings
        self.today = today
        self.participant_windows: dict[str, ParticipantWindow] = {}
        self.attendance_windows: dict[str, AttendanceWindow] = {}
        self.setWindowTitle(self._title())
        self.resize(1280, 800)

        self.today_view = TodayView(vault, tasks, boxes, today)
        self.today_view.participant_opened.connect(self.open_participant)
        self.caseload_view: CaseloadView | None = None
        areas: list[tuple[str, QWidget]] = [(self.tr("Today"), self.today_view)]
        if vault.user.role is not Role.FACILITATOR:
            self.caseload_view = CaseloadView(vault, tasks, boxes, today)
            self.caseload_view.participant_opened.connect(self.open_participant)
            areas.append((self.tr("Caseload"), self.caseload_view))
        self.groups_view = GroupsView(vault, tasks, boxes, today)
        self.groups_view.session_opened.connect(self.open_attendance)
        self.today_view.group_opened.connect(self._open_group)
        areas.append((self.tr("Groups"), self.groups_view))
        self.training_view = TrainingView(vault, tasks, boxes, today)
        self.today_view.training_opened.connect(self._open_training)
        areas.append((self.tr("Training"), self.training_view))
        self.reports_view = ReportsView(vault, tasks, boxes, today)
        areas.append((self.tr("Reports"), self.reports_view))
        self.sync_view = SyncView(vault, tasks, boxes, today)
        areas.append((self.tr("Sync"), self.sync_view))
        self.settings_page = SettingsPage(vault, tasks, boxes)
        self.settings_page.settings_saved.connect(self._settings_saved)
        self.settings_page.display_saved.connect(self.display_changed)
        areas.append((self.tr("Settings"), self.settings_page))

        self.area_topics: dict[QWidget, str] = {
            self.today_view: "today",
            self.groups_view: "groups",
            self.training_view: "training",
            self.reports_view: "reports",
            self.sync_view: "sync",
            self.settings_page: "settings",
        }
        if self.caseload_view is not None:
            self.area_topics[self.caseload_view] = "caseload"
        self.sidebar = QListWidget()
        self.sidebar.setAccessibleName(self.tr("Areas"))
        self.sidebar.setFixedWidth(170)
        self.sidebar.setStyleSheet("QListWidget::item { padding: 9px 6px; }")
        self.stack = QStackedWidget()
        for title, widget in areas:
            self.sidebar.addItem(title)
            self.stack.addWidget(widget)
        self.sidebar.currentRowChanged.connect(self._show_area)
        central = QWidget()
        row = QHBoxLayout(central)
        row.addWidget(self.sidebar)
        row.addWidget(self.stack, stretch=1)
        self.setCentralWidget(central)

        self._build_menus(len(areas))
        self.user_label = QLabel(
            self.tr("Signed in as {0} ({1})").format(vault.user.name, role_words(vault.user.role))
        )
        self.lock_state = QLabel(self.tr("Unlocked · Ctrl+L locks"))
        self.statusBar().addWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.lock_state)
        self._reload_groups = QTimer(self)
        self._reload_groups.setSingleShot(True)
        self._reload_groups.setInterval(1500)
        self._reload_groups.timeout.connect(self.groups_view.refresh)
        self.sidebar.setCurrentRow(0)

    def _title(self) -> str:
        name = self.settings.organisation
        return self.tr("PeerDesk — {0}").format(name) if name else self.tr("PeerDesk")

    def _build_menus(self, area_count: int) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        # From any PeerDesk window, participant windows included.
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(self.lock_requested)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(self.lock_action)
        file_menu.addAction(quit_action)
        go_menu = self.menuBar().addMenu(self.tr("&View"))
        for index in range(area_count):
            action = QAction(self.sidebar.item(index).text(), self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _=False, i=index: self.sidebar.setCurrentRow(i))
            go_menu.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        guide = QAction(self.tr("&Help for this screen"), self)
        guide.setShortcut(QKeySequence("F1"))
        # From any PeerDesk window: a participant's or attendance window has its own topic.
        guide.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        guide.triggered.connect(self.show_help)
        help_menu.addAction(guide)
        shortcuts = QAction(self.tr("&Keyboard shortcuts"), self)
        shortcuts.triggered.connect(lambda: ShortcutsDialog(self).exec())
        help_menu.addAction(shortcuts)

    def help_topic(self) -> str:
        """The help topic for the window in front: a participant's, taking attendance, or
        this window's current area."""
        active = QApplication.activeWindow()
        if isinstance(active, ParticipantWindow):
            return "participant"
        if isinstance(active, AttendanceWindow):
            return "attendance"
        current = self.stack.currentWidget()
        return self.area_topics.get(current, "today") if current is not None else "today"

    def show_help(self) -> None:
        parent = QApplication.activeWindow() or self
        HelpDialog(self.help_topic(), parent).exec()

    def _show_area(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        widget = self.stack.currentWidget()
        refresh = getattr(widget, "refresh", None)
        if callable(refresh):
            refresh()

    def show_area(self, title: str) -> None:
        for index in range(self.sidebar.count()):
            if self.sidebar.item(index).text() == title:
                self.sidebar.setCurrentRow(index)

    def show_settings(self) -> None:
        self.sidebar.setCurrentRow(self.stack.indexOf(self.settings_page))

    def _settings_saved(self, settings: Settings) -> None:
        self.settings = settings
        self.setWindowTitle(self._title())
        self.settings_changed.emit(settings)

    # --- participant windows ---------------------------------------------------------------

    def open_participant(
        self, participant_id: str, draft: dict[str, Any] | None = None
    ) -> ParticipantWindow:
        window = self.participant_windows.get(participant_id)
        if window is None:
            window = ParticipantWindow(
                self.vault,
                self.tasks,
                self.boxes,
                participant_id,
                crisis_resources=self.settings.crisis_resources,
                today=self.today,
            )
            window.destroyed.connect(
                lambda _=None, pid=participant_id: self.participant_windows.pop(pid, None)
            )
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.participant_windows[participant_id] = window
        if draft is not None:
            window.restore_draft(draft)
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    # --- groups and attendance --------------------------------------------------------------

    def _open_training(self) -> None:
        self.show_area(self.tr("Training"))
        self.training_view.show_me()

    def _open_group(self, group_id: str) -> None:
        self.show_area(self.tr("Groups"))
        self.groups_view.show_group(group_id)

    def open_attendance(self, session_id: str) -> AttendanceWindow | None:
        window = self.attendance_windows.get(session_id)
        if window is None:
            try:
                window = AttendanceWindow(self.vault, self.boxes, session_id, self.today)
            except KnownError as error:
                self.boxes.error(self, self.tr("Attendance"), error.message)
                return None
            window.marks_saved.connect(lambda _group: self._marks_saved())
            window.destroyed.connect(
                lambda _=None, sid=session_id: self.attendance_windows.pop(sid, None)
            )
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.attendance_windows[session_id] = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def _marks_saved(self) -> None:
        """The group list's rates and the sessions' counts follow the marks, a moment
        later (so a run of key presses costs one reload)."""
        self._reload_groups.start()

    def drafts(self) -> list[tuple[str, str, dict[str, Any]]]:
        """Unsaved edits in open windows, to keep in the vault when locking."""
        found = []
        for participant_id, window in self.participant_windows.items():
            payload = window.draft()
            if payload:
                found.append((DRAFT_KIND, participant_id, payload))
        return found

    def close_everything(self) -> None:
        """Hide and delete every window without asking (the drafts are already kept)."""
        for window in list(self.participant_windows.values()):
            window.close_without_asking()
        self.participant_windows.clear()
        for attendance in list(self.attendance_windows.values()):
            attendance.close_without_asking()  # saves the topic and notes
        self.attendance_windows.clear()
        self._reload_groups.stop()
        self.sync_view.stop_background()
        self.training_view.close_certificates()
        self.hide()
        self.deleteLater()
