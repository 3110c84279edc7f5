"""The Reports area: choose a report, its period and scope, see its pages, save it as a
PDF or print it.

Reports are made on the task runner with a progress dialog that can be cancelled. The
preview is drawn from the PDF in memory (PDFium), and printing draws the same pages on
the printer: nothing is written to disk unless the person saves it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from peerdesk.db.models import Role
from peerdesk.i18n import QT_TRANSLATE_NOOP, translate
from peerdesk.services.caseload import CaseloadService
from peerdesk.services.groups import GroupService
from peerdesk.services.reports import BuiltReport, ReportRequest, ReportService, catalogue
from peerdesk.tasks.runner import Report, TaskRunner
from peerdesk.ui.area_view import AreaView
from peerdesk.ui.group_dialogs import date_edit, from_qdate, to_qdate
from peerdesk.ui.message_boxes import MessageBoxes
from peerdesk.ui.pdf_pages import PRINT_SCALE, pdf_pages
from peerdesk.vault.vault import UnlockedVault

# Which reports each role is offered (the services check again when one is made).
OFFERED = {
    Role.COORDINATOR: (
        "program",
        "caseload",
        "participant",
        "attendance",
        "signin-sheet",
        "training",
    ),
    Role.PEER: ("caseload", "participant", "attendance", "signin-sheet", "training"),
    Role.FACILITATOR: ("attendance", "signin-sheet", "training"),
}
PREVIEW_PAGES = 40  # a longer report is previewed in part; saving and printing get it all
PREVIEW_SCALE = 1.0  # 72 dpi: a whole page's width fits beside the choices


def last_month(day: date) -> tuple[date, date]:
    end = day.replace(day=1) - timedelta(days=1)
    return end.replace(day=1), end


def last_quarter(day: date) -> tuple[date, date]:
    first_month = (day.month - 1) // 3 * 3 + 1
    end = day.replace(month=first_month, day=1) - timedelta(days=1)
    start_month = (end.month - 1) // 3 * 3 + 1
    return end.replace(month=start_month, day=1), end


def _year_back(end: date) -> date:
    start = (end.replace(day=1) + timedelta(days=32)).replace(day=1)  # the month after end
    return start.replace(year=start.year - 1)


# The periods offered, by their English names (translated where they are shown).
PERIODS: dict[str, Callable[[date], tuple[date, date]]] = {
    QT_TRANSLATE_NOOP("ReportsView", "Last month"): last_month,
    QT_TRANSLATE_NOOP("ReportsView", "Last quarter"): last_quarter,
    QT_TRANSLATE_NOOP("ReportsView", "Last 12 months"): lambda day: (
        _year_back(last_month(day)[1]),
        last_month(day)[1],
    ),
    QT_TRANSLATE_NOOP("ReportsView", "This month so far"): lambda day: (day.replace(day=1), day),
}


@dataclass(frozen=True)
class _Choices:
    peers: list[str]
    groups: list[tuple[str, str]]  # id, name
    participants: list[tuple[str, str]]  # id, display name


@dataclass(frozen=True)
class _Made:
    report: BuiltReport
    pages: list[QImage]


class ReportsView(AreaView):
    report_made = Signal(object)  # the BuiltReport, once previewed
    report_saved = Signal(object)  # its path

    def __init__(
        self,
        vault: UnlockedVault,
        tasks: TaskRunner,
        boxes: MessageBoxes,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Reports"), vault, tasks, boxes, today, parent)
        assert vault.user is not None
        self.role = vault.user.role
        self.made: BuiltReport | None = None
        self._build()
        self._load_choices()

    # --- layout --------------------------------------------------------------------------

    def _build(self) -> None:
        kinds = catalogue()
        self.kinds = QListWidget()
        self.kinds.setAccessibleName(self.tr("Reports"))
        for name in OFFERED[self.role]:
            if name in kinds:
                item = QListWidgetItem(translate("Reports", kinds[name].title))
                item.setData(Qt.ItemDataRole.UserRole, name)
                item.setToolTip(translate("Reports", kinds[name].description))
                self.kinds.addItem(item)
        self.kinds.currentRowChanged.connect(lambda _row: self._kind_chosen())
        self.kinds.setMaximumHeight(self.kinds.sizeHintForRow(0) * 9 + 6)
        self.description = QLabel()
        self.description.setWordWrap(True)

        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Period"))
        for name in PERIODS:
            self.period.addItem(translate("ReportsView", name), name)
        self.period.addItem(self.tr("Choose the dates"), "custom")
        self.period.currentIndexChanged.connect(lambda _i: self._period_chosen())
        self.start = date_edit(self.today(), self.today(), self.tr("From"))
        self.end = date_edit(self.today(), self.today(), self.tr("To"))
        self.day = date_edit(self.today(), None, self.tr("Day"))
        self.peer = QComboBox()
        self.peer.setAccessibleName(self.tr("Peer"))
        self.group = QComboBox()
        self.group.setAccessibleName(self.tr("Group"))
        self.participant = QComboBox()
        self.participant.setEditable(True)
        self.participant.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.participant.setAccessibleName(self.tr("Participant"))
        self.plain = QCheckBox(self.tr("The version written for the participant to keep"))
        self.paper = QComboBox()
        self.paper.setAccessibleName(self.tr("Paper size"))
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("US Letter"), "letter")

        self.form = QFormLayout()
        self.form.addRow(self.tr("&Period"), self.period)
        self.form.addRow(self.tr("Fro&m"), self.start)
        self.form.addRow(self.tr("&To"), self.end)
        self.form.addRow(self.tr("&Day"), self.day)
        self.form.addRow(self.tr("P&eer"), self.peer)
        self.form.addRow(self.tr("&Group"), self.group)
        self.form.addRow(self.tr("Participa&nt"), self.participant)
        self.form.addRow("", self.plain)
        self.form.addRow(self.tr("Pape&r"), self.paper)

        self.preview_button = QPushButton(self.tr("Sho&w the report"))
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(self.make_preview)
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.save_button.clicked.connect(self.save)
        self.print_button = QPushButton(self.tr("Pr&int…"))
        self.print_button.clicked.connect(self.print_report)
        buttons = QHBoxLayout()
        for button in (self.preview_button, self.save_button, self.print_button):
            button.setAutoDefault(True)  # Enter presses the button that has the focus
            buttons.addWidget(button)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(QLabel(self.tr("<h2>Reports</h2>")))
        left_layout.addWidget(self.kinds)
        left_layout.addWidget(self.description)
        left_layout.addLayout(self.form)
        left_layout.addLayout(buttons)
        left_layout.addStretch(1)  # the choices stay together at the top

        self.pages_box = QWidget()
        self.pages_layout = QVBoxLayout(self.pages_box)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.preview_note = QLabel(
            self.tr("Choose a report and press “Show the report” to see its pages here.")
        )
        self.preview_note.setWordWrap(True)
        self.pages_layout.addWidget(self.preview_note)
        scroll = QScrollArea()
        scroll.setWidget(self.pages_box)
        scroll.setWidgetResizable(True)
        scroll.setAccessibleName(self.tr("Preview"))
        self.preview = scroll

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.period.setCurrentIndex(0)
        self._period_chosen()
        if self.kinds.count():
            self.kinds.setCurrentRow(0)

    def _set_row_visible(self, field: QWidget, visible: bool) -> None:
        self.form.setRowVisible(field, visible)

    def kind(self) -> str | None:
        item = self.kinds.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def choose(self, kind: str) -> None:
        for row in range(self.kinds.count()):
            if self.kinds.item(row).data(Qt.ItemDataRole.UserRole) == kind:
                self.kinds.setCurrentRow(row)

    def _kind_chosen(self) -> None:
        name = self.kind()
        if name is None:
            return
        kind = catalogue()[name]
        fields = set(kind.needs) | set(kind.scopes)
        self.description.setText(translate("Reports", kind.description))
        dated = "period" in fields
        for widget in (self.period, self.start, self.end):
            self._set_row_visible(widget, dated)
        self._set_row_visible(self.day, name in ("signin-sheet", "training"))
        label = self.form.labelForField(self.day)
        if isinstance(label, QLabel):
            label.setText(self.tr("&Day") if name == "signin-sheet" else self.tr("&As of"))
        self._set_row_visible(self.peer, "peer" in fields and self.role is Role.COORDINATOR)
        self._set_row_visible(self.group, "group" in fields)
        self._set_row_visible(self.participant, "participant" in fields)
        self._set_row_visible(self.plain, "plain" in fields or name == "participant")
        self._clear_preview()

    def _period_chosen(self) -> None:
        choice = self.period.currentData()
        custom = choice == "custom"
        self.start.setEnabled(custom)
        self.end.setEnabled(custom)
        if not custom:
            start, end = PERIODS[str(choice)](self.today())
            self.start.setDate(to_qdate(start))
            self.end.setDate(to_qdate(end))

    # --- choices -------------------------------------------------------------------------

    def _load_choices(self) -> None:
        vault, today, role = self.vault, self.today, self.role

        def load() -> _Choices:
            groups = [(g.id, g.name) for g in GroupService(vault, today).groups()]
            if role is Role.FACILITATOR:
                return _Choices([], groups, [])
            caseload = CaseloadService(vault, today)
            people = sorted(
                ((r.participant_id, r.display_name) for r in caseload.rows()),
                key=lambda p: p[1].casefold(),
            )
            peers = caseload.peers() if role is Role.COORDINATOR else []
            return _Choices(peers, groups, people)

        self.tasks.run(load, self._choices_loaded, self._failed, parent=self)

    def refresh(self) -> None:
        """Load the groups, peers and participants again (the main window calls this
        each time Reports is shown, so a group made meanwhile is there)."""
        self._load_choices()

    def _choices_loaded(self, choices: _Choices) -> None:
        if not self._still_here():
            return
        everyone = [(None, self.tr("Everyone's caseload"))]
        _refill(self.peer, everyone + [(name, name) for name in choices.peers])
        _refill(self.group, [(group_id, name) for group_id, name in choices.groups])
        _refill(self.participant, list(choices.participants))

    # --- making --------------------------------------------------------------------------

    def request(self) -> ReportRequest | None:
        name = self.kind()
        if name is None:
            return None
        fields = set(catalogue()[name].needs) | set(catalogue()[name].scopes)
        start = end = None
        if "period" in fields:
            start, end = from_qdate(self.start.date()), from_qdate(self.end.date())
        if name in ("signin-sheet", "training"):
            start = end = from_qdate(self.day.date())
        participant = None
        if "participant" in fields and self.participant.currentIndex() >= 0:
            participant = self.participant.currentData()
        return ReportRequest(
            kind=name,
            start=start,
            end=end,
            peer=self.peer.currentData() if "peer" in fields else None,
            group=self.group.currentText() if "group" in fields else None,
            participant=participant,
            plain=self.plain.isChecked() and self.plain.isVisibleTo(self),
            paper=str(self.paper.currentData()),
        )

    def make_preview(self) -> None:
        request = self.request()
        if request is None:
            return
        vault, today = self.vault, self.today

        def make(report: Report) -> _Made:
            built = ReportService(vault, today).build(request, report)
            return _Made(built, _pages_of(built.content, PREVIEW_PAGES))

        self.tasks.run_reporting(
            make, self._show_made, self._failed, label=self.tr("Making the report…"), parent=self
        )

    def _clear_preview(self) -> None:
        self.made = None
        while self.pages_layout.count() > 1:
            item = self.pages_layout.takeAt(1)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.preview_note.setVisible(True)
        self.preview_note.setText(
            self.tr("Choose a report and press “Show the report” to see its pages here.")
        )

    def _show_made(self, made: _Made) -> None:
        if not self._still_here():
            return
        self._clear_preview()
        self.made = made.report
        shown = len(made.pages)
        note = self.tr("{0}: %n page(s).", "", made.report.pages).format(made.report.title)
        if made.report.pages > shown:
            note += " " + self.tr(
                "The first {0} are shown; saving or printing gives them all."
            ).format(shown)
        self.preview_note.setText(note)
        for number, image in enumerate(made.pages, start=1):
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setAccessibleName(self.tr("Page {0}").format(number))
            self.pages_layout.addWidget(label)
        self.report_made.emit(made.report)

    def save(self) -> None:
        request = self.request()
        if request is None:
            return
        title = translate("Reports", catalogue()[request.kind].title)
        suggested = Path.home() / f"{title} {self.today():%Y-%m-%d}.pdf"
        path = self.boxes.save_file(
            self, self.tr("Save the report"), suggested, self.tr("PDF files (*.pdf)")
        )
        if path is None:
            return
        vault, today = self.vault, self.today
        self.tasks.run_reporting(
            lambda report: ReportService(vault, today).write(request, path, report),
            lambda built: self._saved(path, built),
            self._failed,
            label=self.tr("Making the report…"),
            parent=self,
        )

    def _saved(self, path: Path, built: BuiltReport) -> None:
        if not self._still_here():
            return
        self.boxes.info(
            self,
            self.tr("Report saved"),
            self.tr(
                "Saved {0} (%n page(s)) to {1}. The file isn't encrypted: keep it safe "
                "and delete it when you no longer need it.",
                "",
                built.pages,
            ).format(built.title, path),
        )
        self.report_saved.emit(path)

    def print_report(self) -> None:
        """Make the report (if it isn't shown already) and print it through Qt."""
        if self.made is not None:
            self._print(self.made)
            return
        request = self.request()
        if request is None:
            return
        vault, today = self.vault, self.today
        self.tasks.run_reporting(
            lambda report: ReportService(vault, today).build(request, report),
            self._print,
            self._failed,
            label=self.tr("Making the report…"),
            parent=self,
        )

    def _print(self, built: BuiltReport) -> None:
        if not self._still_here():
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(built.title)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        print_pdf(built.content, printer)


def _refill(box: QComboBox, items: list[tuple[str | None, str]]) -> None:
    """Replace a choice's items, keeping what was chosen if it is still there."""
    chosen = box.currentData()
    box.clear()
    for data, text in items:
        box.addItem(text, data)
    index = box.findData(chosen) if chosen is not None else -1
    if index >= 0:
        box.setCurrentIndex(index)


def _pages_of(content: bytes, limit: int) -> list[QImage]:
    return list(pdf_pages(content, PREVIEW_SCALE, limit))


def print_pdf(content: bytes, printer: QPrinter) -> None:
    """Draw each page of the PDF on the printer at 300 dpi, scaled to its page, one page
    in memory at a time."""
    painter = QPainter()
    if not painter.begin(printer):
        return
    try:
        for number, image in enumerate(pdf_pages(content, PRINT_SCALE)):
            if number:
                printer.newPage()
            area = painter.viewport()
            size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(area.x(), area.y(), size.width(), size.height()), image)
    finally:
        painter.end()
