"""The Sync area: whether and how this computer syncs, syncing now and every few minutes
in the background, USB bundles, the "needs review" list, and (coordinators) joining a hub
and adding or stopping computers.

Everything that reads the vault or talks to a hub runs on the task runner. Being offline
is normal: it is said in the status line, never in an error box."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.db.models import Role
from peerdesk.errors import KnownError
from peerdesk.i18n import QT_TRANSLATE_NOOP, date_time, translate
from peerdesk.sync.client import HubRefused, HubUnreachable
from peerdesk.sync.service import ReviewRow, SyncOverview, SyncReport, SyncService
from peerdesk.tasks.runner import JobCancelled, Report, TaskRunner
from peerdesk.ui.appearance import alert_colour
from peerdesk.ui.area_view import AreaView
from peerdesk.ui.message_boxes import MessageBoxes
from peerdesk.ui.rows_table_model import Column, RowsTableModel, rows_table_view
from peerdesk.ui.sync_dialogs import (
    AddComputerDialog,
    CodeDialog,
    DevicesDialog,
    EnrolDialog,
    JoinHubDialog,
)
from peerdesk.vault.vault import UnlockedVault

SYNC_EVERY_MS = 5 * 60 * 1000
FIRST_SYNC_MS = 20 * 1000  # soon after signing in, then every SYNC_EVERY_MS
BUNDLE_SUFFIX = ".pdbundle"
# Texts defined here are translated where they are shown (translate("SyncView", …)).
BUNDLE_KINDS = QT_TRANSLATE_NOOP("SyncView", "PeerDesk bundles (*.pdbundle);;All files (*)")
OFFLINE = QT_TRANSLATE_NOOP(
    "SyncView",
    "Not connected. Your work is safe on this computer; it will sync when the hub can be reached.",
)
_SCOPE_WORDS = {
    "roster": QT_TRANSLATE_NOOP("SyncView", "groups, sessions and attendance"),
    "caseload": QT_TRANSLATE_NOOP("SyncView", "participants' records"),
    "staff": QT_TRANSLATE_NOOP("SyncView", "training and supervision"),
}


def ago(then: datetime | None, now: datetime) -> str:
    """'Never', 'Just now', '5 minutes ago', '3 hours ago', '2 days ago'."""
    if then is None:
        return translate("SyncView", "Never")
    if then.tzinfo is None:
        then = then.replace(tzinfo=UTC)
    seconds = max(0, int((now - then).total_seconds()))
    if seconds >= 86400:
        return translate("SyncView", "%n day(s) ago", None, seconds // 86400)
    if seconds >= 3600:
        return translate("SyncView", "%n hour(s) ago", None, seconds // 3600)
    if seconds >= 60:
        return translate("SyncView", "%n minute(s) ago", None, seconds // 60)
    return translate("SyncView", "Just now")


def readable(value: Any) -> str:
    """A synced value as a person reads it."""
    if value is None or value == "" or value == []:
        return translate("SyncView", "(empty)")
    if isinstance(value, bool):
        return translate("SyncView", "Yes") if value else translate("SyncView", "No")
    if isinstance(value, list | tuple):
        return ", ".join(readable(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {readable(v)}" for k, v in value.items())
    return str(value)


def field_words(field: str) -> str:
    """'display_name' -> 'display name'."""
    return field.replace("_", " ").strip().lower()


def _when(moment: datetime | None) -> str:
    return date_time(moment) if moment else ""


def _short(text: str, limit: int = 80) -> str:
    line = text.splitlines()[0] if text else text
    return line if len(line) <= limit and line == text else line[: limit - 1].rstrip() + "…"


def review_what(row: ReviewRow) -> str:
    if row.kind == "deleted":
        return translate("SyncView", "{0}: deleted by {1} while {2} changed {3}").format(
            row.about, row.kept_by, row.other_by, field_words(row.field)
        )
    return f"{row.about}: {field_words(row.field)}"


def review_kept(row: ReviewRow) -> str:
    return translate("SyncView", "Deleted") if row.kind == "deleted" else readable(row.kept_value)


def _review_columns() -> list[Column[ReviewRow]]:
    return [
        Column(translate("SyncView", "What"), review_what),
        Column(translate("SyncView", "Kept"), lambda r: _short(review_kept(r)), tip=review_kept),
        Column(
            translate("SyncView", "Kept by"),
            lambda r: f"{r.kept_by}, {_when(r.kept_at)}",
            sort_key=lambda r: r.kept_at,
        ),
        Column(
            translate("SyncView", "Other value"),
            lambda r: _short(readable(r.other_value)),
            tip=lambda r: readable(r.other_value),
        ),
        Column(
            translate("SyncView", "Other by"),
            lambda r: f"{r.other_by}, {_when(r.other_at)}",
            sort_key=lambda r: r.other_at,
        ),
    ]


@dataclass(frozen=True)
class _Loaded:
    overview: SyncOverview
    admin: bool
    device_id: str
    reviews: list[ReviewRow]


def _progress(report: Report) -> Callable[[str, int, int], None]:
    """The sync service says what it is doing; the task runner counts steps."""
    return lambda _what, done, total: report(done, total)


class SyncView(AreaView):
    loaded = Signal()  # the overview and the review list are shown
    sync_finished = Signal(str)  # the status line it left
    review_resolved = Signal(str)  # the item's id

    def __init__(
        self,
        vault: UnlockedVault,
        tasks: TaskRunner,
        boxes: MessageBoxes,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
        sync_service: Callable[[UnlockedVault], SyncService] = SyncService,
    ) -> None:
        super().__init__(self.tr("Sync"), vault, tasks, boxes, today, parent)
        assert vault.user is not None
        self.role = vault.user.role
        self._sync_service = sync_service
        self.data: _Loaded | None = None
        self.code_dialog: CodeDialog | None = None
        self.syncing = False
        self._resting = ""  # the status line's text while there's no result to show
        self.background = QTimer(self)
        self.background.setSingleShot(False)
        self.background.timeout.connect(self.background_tick)
        self._build()
        self.refresh()

    def service(self) -> SyncService:
        return self._sync_service(self.vault)

    # --- layout ------------------------------------------------------------------------

    def _build(self) -> None:
        self.how = QLabel()
        self.device_name = QLabel()
        self.receives = QLabel()
        self.receives.setWordWrap(True)
        self.last_sync = QLabel()
        self.waiting = QLabel()
        for label, name in (
            (self.how, self.tr("How this computer syncs")),
            (self.device_name, self.tr("This computer's name")),
            (self.receives, self.tr("What it receives")),
            (self.last_sync, self.tr("Last sync")),
            (self.waiting, self.tr("Changes waiting to be sent")),
        ):
            label.setAccessibleName(name)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel(self.tr("Looking…"))
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Sync status"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form = QFormLayout()
        self.form.addRow(self.tr("Syncs"), self.how)
        self.form.addRow(self.tr("Name"), self.device_name)
        self.form.addRow(self.tr("Receives"), self.receives)
        self.form.addRow(self.tr("Last sync"), self.last_sync)
        self.form.addRow(self.tr("Waiting to be sent"), self.waiting)
        self.form.addRow(self.tr("Status"), self.status)

        self.sync_button = QPushButton(self.tr("&Sync now"))
        self.sync_button.setToolTip(self.tr("Send and receive changes now (Ctrl+S)"))
        self.sync_button.clicked.connect(self.sync_now)
        self.save_bundle_button = QPushButton(self.tr("Save a &bundle to a USB stick…"))
        self.save_bundle_button.clicked.connect(self.save_bundle)
        self.import_bundle_button = QPushButton(self.tr("Br&ing in a bundle…"))
        self.import_bundle_button.clicked.connect(self.import_bundle)
        actions = QHBoxLayout()
        for button in (self.sync_button, self.save_bundle_button, self.import_bundle_button):
            actions.addWidget(button)
        actions.addStretch(1)

        self.join_button = QPushButton(self.tr("&Join a hub…"))
        self.join_button.clicked.connect(self.join_hub)
        self.add_button = QPushButton(self.tr("&Add a computer…"))
        self.add_button.clicked.connect(self.add_computer)
        self.devices_button = QPushButton(self.tr("&Computers…"))
        self.devices_button.clicked.connect(self.show_devices)
        self.enrol_button = QPushButton(self.tr("&Enrol this computer…"))
        self.enrol_button.clicked.connect(self.enrol)
        setup = QHBoxLayout()
        for button in (self.join_button, self.add_button, self.devices_button, self.enrol_button):
            setup.addWidget(button)
        setup.addStretch(1)
        coordinator = self.role is Role.COORDINATOR
        for button in (self.join_button, self.add_button, self.devices_button):
            button.setVisible(coordinator)

        top = QGroupBox(self.tr("This computer"))
        top_layout = QVBoxLayout(top)
        top_layout.addLayout(self.form)
        top_layout.addLayout(actions)
        top_layout.addLayout(setup)

        self.reviews: RowsTableModel[ReviewRow] = RowsTableModel(
            _review_columns(), lambda r: r.id, self
        )
        self.review_table = rows_table_view(self.reviews, self.tr("Needs review"))
        self.review_table.setSortingEnabled(False)  # the order they arose in
        self.review_table.selectionModel().selectionChanged.connect(lambda *_a: self._chosen())
        self.review_note = QLabel()
        self.review_note.setWordWrap(True)
        self.review_detail = QLabel()
        self.review_detail.setWordWrap(True)
        self.review_detail.setTextFormat(Qt.TextFormat.RichText)
        self.review_detail.setAccessibleName(self.tr("The chosen item"))
        self.review_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.keep_button = QPushButton(self.tr("&Keep this"))
        self.keep_button.clicked.connect(lambda: self.resolve_selected(use_other=False))
        self.other_button = QPushButton(self.tr("&Use the other value"))
        self.other_button.clicked.connect(lambda: self.resolve_selected(use_other=True))
        choices = QHBoxLayout()
        choices.addWidget(self.keep_button)
        choices.addWidget(self.other_button)
        choices.addStretch(1)
        self.review_box = QGroupBox(self.tr("Needs review"))
        review_layout = QVBoxLayout(self.review_box)
        review_layout.addWidget(self.review_note)
        review_layout.addWidget(self.review_table, stretch=1)
        review_layout.addWidget(self.review_detail)
        review_layout.addLayout(choices)

        self.page = QVBoxLayout(self)
        self.page.addWidget(QLabel(self.tr("<h2>Sync</h2>")))
        self.page.addWidget(top)
        self.page.addWidget(self.review_box)
        self.page.addStretch(1)  # while nothing needs review, the rest stays at the top

        shortcut = QShortcut(QKeySequence("Ctrl+S"), self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)  # while Sync is shown
        shortcut.activated.connect(self.sync_now)
        self._show_reviews([])
        self._enable()

    # --- loading -----------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the state again (the main window calls this each time Sync is shown)."""
        if not self._still_here():
            return
        service = self.service()

        def load() -> _Loaded:
            identity = service.identity()
            return _Loaded(
                service.overview(),
                bool(identity and identity.admin),
                identity.device_id if identity else "",
                service.reviews(),
            )

        self.tasks.run(load, self._loaded, self._failed, parent=self)

    def _loaded(self, data: _Loaded) -> None:
        if not self._still_here():
            return
        first = self.data is None
        self.data = data
        overview = data.overview
        if not overview.set_up:
            self.how.setText(self.tr("Not set up yet"))
            self.device_name.setText("—")
            self.receives.setText("—")
            self.waiting.setText("—")
        else:
            self.how.setText(
                self.tr("With the hub at {0}").format(overview.hub_url)
                if overview.hub_url
                else self.tr("By USB bundles only (no hub)")
            )
            self.device_name.setText(overview.device_name)
            words = [
                translate("SyncView", _SCOPE_WORDS[s]) if s in _SCOPE_WORDS else s
                for s in overview.scopes
            ]
            self.receives.setText(", ".join(words).capitalize() or "—")
            self.waiting.setText(
                self.tr("Nothing")
                if overview.waiting == 0
                else self.tr("%n change(s)", "", overview.waiting)
            )
        self.last_sync.setText(ago(overview.last_sync, datetime.now(UTC)))
        # Only syncing with a hub is counted (a bundle moves neither), so on a computer
        # without a hub "Never" and an ever-growing count would mislead.
        with_hub = not overview.set_up or bool(overview.hub_url)
        self.form.setRowVisible(self.last_sync, with_hub)
        self.form.setRowVisible(self.waiting, with_hub)
        if first or self.status.text() in (self.tr("Looking…"), self._resting):
            self._resting = self._resting_status()  # no sync result to keep showing
            self.status.setText(self._resting)
        self._show_reviews(data.reviews)
        if overview.set_up and overview.hub_url:
            if not self.background.isActive():
                self.background.start(FIRST_SYNC_MS if first else SYNC_EVERY_MS)
        else:
            self.background.stop()
        self._enable()
        self.loaded.emit()

    def _resting_status(self) -> str:
        overview = self.data.overview if self.data else None
        if overview is None:
            return self.tr("Looking…")
        if not overview.set_up:
            if self.role is Role.COORDINATOR:
                return self.tr(
                    "This computer isn't set up to sync. Join a hub if your program has one, "
                    "or add a computer to share work with it by USB bundles. Your work stays "
                    "on this computer until then."
                )
            return self.tr(
                "This computer isn't set up to sync. Ask your coordinator for an enrolment "
                "file and its one-time code, then choose “Enrol this computer…”."
            )
        if overview.hub_url:
            return self.tr("Syncs by itself every 5 minutes while PeerDesk is unlocked.")
        return self.tr(
            "Save a bundle to a USB stick and bring it in on the other computer, and the "
            "other way round."
        )

    def _enable(self) -> None:
        overview = self.data.overview if self.data else None
        set_up = overview is not None and overview.set_up
        hub = set_up and bool(overview and overview.hub_url)
        admin = self.data is not None and self.data.admin
        self.sync_button.setEnabled(hub and not self.syncing)
        self.sync_button.setToolTip(
            self.tr("Send and receive changes now (Ctrl+S)")
            if hub
            else self.tr("This computer has no hub: use USB bundles.")
        )
        self.save_bundle_button.setEnabled(set_up)
        self.import_bundle_button.setEnabled(set_up)
        self.join_button.setEnabled(overview is not None and (not set_up or (admin and not hub)))
        self.add_button.setEnabled(overview is not None and (not set_up or admin))
        self.devices_button.setEnabled(hub)
        self.enrol_button.setVisible(overview is not None and not set_up)

    # --- syncing -----------------------------------------------------------------------

    def sync_now(self) -> None:
        """Send and receive now, with a progress dialog."""
        self._start_sync(quiet=False)

    def background_tick(self) -> None:
        """The timer's work: sync without a progress dialog or error box, never while a
        sync is already running."""
        self.background.setInterval(SYNC_EVERY_MS)  # the first tick came sooner
        self._start_sync(quiet=True)

    def _start_sync(self, quiet: bool) -> None:
        overview = self.data.overview if self.data else None
        if not self._still_here() or self.syncing or overview is None or not overview.hub_url:
            return
        self.syncing = True
        self._enable()
        if not quiet:
            self.status.setText(self.tr("Syncing…"))
        service = self.service()
        self.tasks.run_reporting(
            lambda report: service.sync_now(_progress(report)),
            self._synced,
            lambda error: self._sync_failed(error, quiet),
            label=self.tr("Sending and receiving changes…"),
            parent=self,
            quiet=quiet,
        )

    def _synced(self, report: SyncReport) -> None:
        self.syncing = False
        if not self._still_here():
            return
        if report.pushed == 0 and report.pulled == 0:
            text = self.tr("Up to date: nothing to send or receive.")
        else:
            text = self.tr("Sent {0} and received {1} changes.").format(
                report.pushed, report.pulled
            )
        if report.reviews:
            text += " " + self.tr("%n change(s) to review below.", "", report.reviews)
        if not report.in_step:
            text += " " + self.tr("The hub hasn't taken every change yet; the rest go next time.")
        self._say(text)
        self.refresh()

    def _sync_failed(self, error: BaseException, quiet: bool) -> None:
        self.syncing = False
        if not self._still_here():
            return
        self._enable()
        if isinstance(error, JobCancelled):
            self._say(self.tr("Sync stopped before it finished; the rest goes next time."))
        elif isinstance(error, HubUnreachable):
            self._say(translate("SyncView", OFFLINE))
        elif isinstance(error, HubRefused):
            self.background.stop()  # asking again every few minutes won't change it
            text = self.tr("This computer can't sync any more. {0}").format(error.message)
            self._say(text, warning=True)
            if not quiet:
                self.boxes.error(self, self.title, text)
        elif isinstance(error, KnownError):
            self._say(self.tr("Couldn't sync: {0}").format(error.message), warning=True)
            if not quiet:
                self.boxes.error(self, self.title, error.message)
        else:
            raise error

    def _say(self, text: str, warning: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {alert_colour()}; font-weight: bold;" if warning else "")
        self.sync_finished.emit(text)

    def stop_background(self) -> None:
        """No more background syncs (PeerDesk is locking)."""
        self.background.stop()

    # --- USB bundles -------------------------------------------------------------------

    def save_bundle(self) -> None:
        suggested = Path.home() / f"peerdesk-{self.today():%Y-%m-%d}{BUNDLE_SUFFIX}"
        path = self.boxes.save_file(
            self, self.tr("Save a bundle"), suggested, translate("SyncView", BUNDLE_KINDS)
        )
        if path is None:
            return
        if not path.suffix:
            path = path.with_suffix(BUNDLE_SUFFIX)
        service = self.service()
        self.tasks.run_reporting(
            lambda report: service.export_bundle(path, _progress(report)),
            lambda count: self._bundle_saved(path, count),
            self._failed,
            label=self.tr("Saving the bundle…"),
            parent=self,
        )

    def _bundle_saved(self, path: Path, count: int) -> None:
        if not self._still_here():
            return
        self.boxes.info(
            self,
            self.tr("Save a bundle"),
            self.tr(
                "Saved %n record(s) to {0}. It is encrypted: only this program's computers "
                "can read it. On the other computer, choose “Bring in a bundle…”.",
                "",
                count,
            ).format(path),
        )
        self.refresh()

    def import_bundle(self) -> None:
        path = self.boxes.open_file(
            self, self.tr("Bring in a bundle"), translate("SyncView", BUNDLE_KINDS)
        )
        if path is None:
            return
        service = self.service()
        self.tasks.run_reporting(
            lambda report: service.import_bundle(path, _progress(report)),
            lambda result: self._bundle_imported(path, result),
            self._failed,
            label=self.tr("Bringing in the bundle…"),
            parent=self,
        )

    def _bundle_imported(self, path: Path, result: tuple[int, int]) -> None:
        if not self._still_here():
            return
        changed, reviews = result
        text = self.tr("Brought in {0}: {1} record(s) changed.").format(path.name, changed)
        if reviews:
            text += " " + self.tr("{0} change(s) need review: see “Needs review”.").format(reviews)
        self.boxes.info(self, self.tr("Bring in a bundle"), text)
        self._say(text)
        self.refresh()

    # --- needs review ------------------------------------------------------------------

    def _show_reviews(self, rows: list[ReviewRow]) -> None:
        chosen = self.selected_review()
        self.reviews.set_rows(rows)
        self.review_box.setTitle(
            self.tr("Needs review ({0})").format(len(rows)) if rows else self.tr("Needs review")
        )
        self.review_table.setVisible(bool(rows))
        self.page.setStretchFactor(self.review_box, 1 if rows else 0)
        self.page.setStretch(self.page.count() - 1, 0 if rows else 1)
        if rows:
            self.review_note.setText(
                self.tr(
                    "Two people changed the same thing on different computers. PeerDesk kept "
                    "the later change; look at each and choose. Your choice syncs like any "
                    "edit."
                )
            )
            self.review_table.resizeColumnsToContents()
            self.review_table.horizontalHeader().setSectionResizeMode(
                0, QHeaderView.ResizeMode.Stretch
            )
            ids = [r.id for r in rows]
            self.review_table.selectRow(ids.index(chosen.id) if chosen and chosen.id in ids else 0)
        else:
            self.review_note.setText(self.tr("Nothing needs review."))
        self._chosen()

    def selected_review(self) -> ReviewRow | None:
        rows = self.review_table.selectionModel().selectedRows()
        return self.reviews.row(rows[0].row()) if rows else None

    def _chosen(self) -> None:
        row = self.selected_review()
        for widget in (self.keep_button, self.other_button, self.review_detail):
            widget.setVisible(row is not None)
        if row is None:
            return
        deleted = row.kind == "deleted"
        self.keep_button.setText(self.tr("&Keep it deleted") if deleted else self.tr("&Keep this"))
        self.other_button.setText(
            self.tr("&Restore it") if deleted else self.tr("&Use the other value")
        )
        if deleted:
            detail = self.tr("{0} deleted this on {1}. {2} changed {3} to “{4}” on {5}.").format(
                html.escape(row.kept_by),
                _when(row.kept_at),
                html.escape(row.other_by),
                field_words(row.field),
                html.escape(readable(row.other_value)),
                _when(row.other_at),
            )
        else:
            detail = self.tr(
                "<b>Kept</b> ({0}, {1}): {2}<br><b>Other value</b> ({3}, {4}): {5}"
            ).format(
                html.escape(row.kept_by),
                _when(row.kept_at),
                html.escape(readable(row.kept_value)),
                html.escape(row.other_by),
                _when(row.other_at),
                html.escape(readable(row.other_value)),
            )
        self.review_detail.setText(detail)

    def resolve_selected(self, use_other: bool) -> None:
        row = self.selected_review()
        if row is None:
            return
        service = self.service()
        self.keep_button.setEnabled(False)
        self.other_button.setEnabled(False)

        def done(_result: object) -> None:
            self.keep_button.setEnabled(True)
            self.other_button.setEnabled(True)
            if self._still_here():
                self.review_resolved.emit(row.id)
                self.refresh()

        def failed(error: BaseException) -> None:
            self.keep_button.setEnabled(True)
            self.other_button.setEnabled(True)
            self._failed(error)
            self.refresh()

        self.tasks.run(lambda: service.resolve(row.id, use_other), done, failed, parent=self)

    # --- setting up --------------------------------------------------------------------

    def _computer_name(self) -> str:
        assert self.vault.user is not None
        return self.tr("{0}'s computer").format(self.vault.user.name)

    def join_hub_dialog(self) -> JoinHubDialog:
        return JoinHubDialog(self._computer_name(), parent=self)

    def join_hub(self) -> None:
        dialog = self.join_hub_dialog()
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        url, token, name = dialog.values()
        service = self.service()
        self.tasks.run(
            lambda: service.setup_hub(url, token, name),
            lambda _r: self._joined(url),
            self._failed,
            label=self.tr("Joining the hub…"),
            parent=self,
        )

    def _joined(self, url: str) -> None:
        if not self._still_here():
            return
        self.boxes.info(
            self,
            self.tr("Join a hub"),
            self.tr(
                "This computer now syncs with the hub at {0}. Add the program's other "
                "computers with “Add a computer…”."
            ).format(url),
        )
        self.refresh()

    def add_computer_dialog(self) -> AddComputerDialog:
        return AddComputerDialog(self.boxes, Path.home(), parent=self)

    def add_computer(self) -> None:
        dialog = self.add_computer_dialog()
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        name, role, path = dialog.values()
        service = self.service()
        self.tasks.run(
            lambda: service.add_device(name, role, path),
            lambda code: self._computer_added(name, str(code), path),
            self._failed,
            label=self.tr("Making the enrolment file…"),
            parent=self,
        )

    def _computer_added(self, name: str, code: str, path: Path) -> None:
        if not self._still_here():
            return
        self.refresh()
        self.code_dialog = CodeDialog(name, code, path, parent=self)
        self.code_dialog.exec()

    def devices_dialog(self) -> DevicesDialog:
        service = self.service()

        def run(work: Callable[[], Any], on_success: Callable[[Any], None]) -> None:
            self.tasks.run(work, on_success, self._failed, parent=self)

        return DevicesDialog(
            self.boxes,
            run,
            service.devices,
            service.revoke,
            self.data.device_id if self.data else "",
            parent=self,
        )

    def show_devices(self) -> None:
        self.devices_dialog().exec()

    def enrol_dialog(self) -> EnrolDialog:
        return EnrolDialog(self.boxes, parent=self)

    def enrol(self) -> None:
        dialog = self.enrol_dialog()
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        path, code = dialog.values()
        service = self.service()
        self.tasks.run(
            lambda: service.enroll(path, code),
            lambda identity: self._enrolled(identity.device_name, identity.hub_url),
            self._failed,
            label=self.tr("Enrolling this computer…"),
            parent=self,
        )

    def _enrolled(self, name: str, hub_url: str) -> None:
        if not self._still_here():
            return
        how = (
            self.tr("with the hub at {0}").format(hub_url) if hub_url else self.tr("by USB bundles")
        )
        self.boxes.info(
            self,
            self.tr("Enrol this computer"),
            self.tr("This computer ({0}) is enrolled and syncs {1}.").format(name, how),
        )
        self.refresh()
