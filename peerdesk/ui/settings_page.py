"""Settings: how PeerDesk looks for you (language, text size, high contrast: everyone,
for themselves); the program's name and logo, how soon PeerDesk locks itself, local crisis
resources and the at-risk rule (coordinators change them); and this vault's facts and
backups (everyone)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from peerdesk.display import TEXT_SIZES, Display
from peerdesk.errors import KnownError
from peerdesk.i18n import LANGUAGES, date_time, role_words
from peerdesk.services.engagement import AtRiskRule
from peerdesk.services.settings import Settings, SettingsService
from peerdesk.services.vault_overview import VaultOverview, load_overview
from peerdesk.tasks.runner import TaskRunner
from peerdesk.ui.area_view import scrolling_page
from peerdesk.ui.message_boxes import MessageBoxes
from peerdesk.vault.vault import UnlockedVault


def _local(when: datetime | None) -> str:
    return date_time(when) if when else "—"


class SettingsPage(QWidget):
    settings_saved = Signal(object)  # Settings
    display_saved = Signal(object)  # Display

    def __init__(
        self,
        vault: UnlockedVault,
        tasks: TaskRunner,
        boxes: MessageBoxes,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.tasks = tasks
        self.boxes = boxes
        can_edit = vault.user is not None and vault.user.role.value == "coordinator"

        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.text_size = QComboBox()
        self.text_size.setAccessibleName(self.tr("Text size"))
        size_names = {
            100: self.tr("Standard"),
            125: self.tr("Large"),
            150: self.tr("Larger"),
            200: self.tr("Largest"),
        }
        for size in TEXT_SIZES:
            self.text_size.addItem(
                self.tr("{0} ({1}%)").format(size_names.get(size, ""), size), size
            )
        self.high_contrast = QCheckBox(self.tr("High c&ontrast (white on black)"))
        self.save_display_button = QPushButton(self.tr("&Use these"))
        self.save_display_button.clicked.connect(self.save_display)

        self.organisation = QLineEdit()
        self.organisation.setAccessibleName(self.tr("Program name"))
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(1, 60)
        self.idle_minutes.setSuffix(self.tr(" minutes"))
        self.idle_minutes.setAccessibleName(self.tr("Lock after this long without use"))
        self.crisis = QPlainTextEdit()
        self.crisis.setAccessibleName(self.tr("Local crisis resources"))
        self.crisis.setPlaceholderText(
            self.tr(
                "Numbers and places to call in a crisis, shown on every safety plan.\n"
                "e.g. 988 Suicide & Crisis Lifeline — call or text 988"
            )
        )
        self.crisis.setMaximumHeight(110)
        self.quiet_days = QSpinBox()
        self.quiet_days.setRange(1, 365)
        self.quiet_days.setSuffix(self.tr(" days without a contact or attended session"))
        self.quiet_days.setAccessibleName(self.tr("At risk after this many days"))
        self.missed = QSpinBox()
        self.missed.setRange(1, 20)
        self.missed.setSuffix(self.tr(" group sessions missed in a row"))
        self.missed.setAccessibleName(self.tr("At risk after this many missed sessions"))
        self.save_button = QPushButton(self.tr("&Save settings"))
        self.save_button.clicked.connect(self.save)
        self.logo_state = QLabel()  # filled in when the settings have loaded
        self.logo_state.setAccessibleName(self.tr("Logo on reports"))
        self.choose_logo = QPushButton(self.tr("Choose a &picture…"))
        self.choose_logo.clicked.connect(self.pick_logo)
        self.remove_logo = QPushButton(self.tr("&Remove it"))
        self.remove_logo.clicked.connect(lambda: self._set_logo(None))
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_state, stretch=1)
        logo_row.addWidget(self.choose_logo)
        logo_row.addWidget(self.remove_logo)
        for widget in (
            self.organisation,
            self.idle_minutes,
            self.crisis,
            self.quiet_days,
            self.missed,
            self.save_button,
            self.choose_logo,
            self.remove_logo,
        ):
            widget.setEnabled(can_edit)
        self.remove_logo.setEnabled(False)  # until we know there is one
        self.can_edit = can_edit

        self.folder = QLabel()
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.newest_backup = QLabel()
        self.users = QTableWidget(0, 2)
        self.users.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role")])
        self.users.horizontalHeader().setStretchLastSection(True)
        self.users.verticalHeader().setVisible(False)
        self.users.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.users.setAccessibleName(self.tr("People who can sign in"))
        self.users.setMaximumHeight(200)
        backup_button = QPushButton(self.tr("&Back up now…"))
        backup_button.clicked.connect(self.back_up)

        yours = QFormLayout()
        yours.addRow(self.tr("Lan&guage"), self.language)
        yours.addRow(self.tr("&Text size"), self.text_size)
        yours.addRow("", self.high_contrast)
        program = QFormLayout()
        program.addRow(self.tr("Program &name"), self.organisation)
        program.addRow(self.tr("&Lock after"), self.idle_minutes)
        program.addRow(self.tr("Local &crisis resources"), self.crisis)
        program.addRow(self.tr("Logo on reports"), logo_row)
        program.addRow(self.tr("&At risk of disengaging after"), self.quiet_days)
        program.addRow(self.tr("or after"), self.missed)
        facts = QFormLayout()
        facts.addRow(self.tr("Vault folder"), self.folder)
        facts.addRow(self.tr("Newest automatic backup"), self.newest_backup)
        layout = QVBoxLayout(scrolling_page(self))  # a long form
        layout.addWidget(QLabel(self.tr("<h2>Settings</h2>")))
        layout.addWidget(QLabel(self.tr("<h3>For you</h3>")))
        layout.addLayout(yours)
        layout.addWidget(self.save_display_button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(QLabel(self.tr("<h3>For the whole program</h3>")))
        if not can_edit:
            layout.addWidget(QLabel(self.tr("Only a coordinator can change these.")))
        layout.addLayout(program)
        layout.addWidget(self.save_button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(QLabel(self.tr("<h3>This vault</h3>")))
        layout.addLayout(facts)
        layout.addWidget(QLabel(self.tr("<b>People who can sign in</b>")))
        layout.addWidget(self.users)
        layout.addWidget(backup_button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addStretch()

    def refresh(self) -> None:
        self.tasks.run(
            lambda: (
                SettingsService(self.vault).load(),
                load_overview(self.vault),
                SettingsService(self.vault).logo() is not None,
                SettingsService(self.vault).display(),
            ),
            self._show,
            self._failed,
            parent=self,
        )

    def _show(self, loaded: tuple[Settings, VaultOverview, bool, Display]) -> None:
        settings, overview, has_logo, display = loaded
        self._show_display(display)
        self.quiet_days.setValue(settings.at_risk.quiet_days)
        self.missed.setValue(settings.at_risk.missed_in_a_row)
        self._show_logo(has_logo)
        self.organisation.setText(settings.organisation)
        self.idle_minutes.setValue(settings.idle_lock_minutes)
        self.crisis.setPlainText(settings.crisis_resources)
        self.folder.setText(str(overview.folder))
        self.newest_backup.setText(
            self.tr("{0} (%n kept)", "", overview.backup_count).format(
                _local(overview.newest_backup)
            )
        )
        self.users.setRowCount(len(overview.users))
        for row, user in enumerate(overview.users):
            self.users.setItem(row, 0, QTableWidgetItem(user.name))
            self.users.setItem(row, 1, QTableWidgetItem(role_words(user.role)))

    def _show_logo(self, has_logo: bool) -> None:
        self.logo_state.setText(
            self.tr("Printed at the top of every report") if has_logo else self.tr("None")
        )
        self.remove_logo.setEnabled(self.can_edit and has_logo)

    def pick_logo(self) -> None:
        path = self.boxes.open_file(
            self, self.tr("Choose the logo"), self.tr("Pictures (*.png *.jpg *.jpeg)")
        )
        if path is None:
            return
        try:
            content = path.read_bytes()
        except OSError:
            self.boxes.error(
                self, self.tr("Logo"), self.tr("That file couldn't be read. Try another.")
            )
            return
        self._set_logo(content)

    def _set_logo(self, content: bytes | None) -> None:
        def work() -> bool:
            SettingsService(self.vault).set_logo(content)
            return content is not None

        self.tasks.run(work, self._show_logo, self._failed, parent=self)

    def _show_display(self, display: Display) -> None:
        self.language.setCurrentIndex(max(0, self.language.findData(display.language)))
        self.text_size.setCurrentIndex(max(0, self.text_size.findData(display.text_size)))
        self.high_contrast.setChecked(display.high_contrast)

    def chosen_display(self) -> Display:
        return Display(
            str(self.language.currentData()),
            int(self.text_size.currentData()),
            self.high_contrast.isChecked(),
        )

    def save_display(self) -> None:
        display = self.chosen_display()

        def work() -> Display:
            SettingsService(self.vault).save_display(display)
            return display

        self.tasks.run(work, self.display_saved.emit, self._failed, parent=self)

    def save(self) -> None:
        minutes, text = self.idle_minutes.value(), self.crisis.toPlainText()
        name = self.organisation.text()
        rule = AtRiskRule(self.quiet_days.value(), self.missed.value())

        def work() -> Settings:
            service = SettingsService(self.vault)
            service.save(
                idle_lock_minutes=minutes, crisis_resources=text, organisation=name, at_risk=rule
            )
            return service.load()

        self.tasks.run(work, self._saved, self._failed, parent=self)

    def _saved(self, settings: Settings) -> None:
        self.settings_saved.emit(settings)
        self.boxes.info(self, self.tr("Settings saved"), self.tr("The settings are saved."))

    def back_up(self) -> None:
        stamp = datetime.now().strftime("%Y-%m-%d")
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save an encrypted backup"),
            str(Path.home() / f"peerdesk-{stamp}.peerdesk-backup"),
            self.tr("PeerDesk backups (*.peerdesk-backup)"),
        )
        if not chosen:
            return
        target = Path(chosen)
        self.tasks.run(
            lambda: self.vault.backup_to(target),
            self._backed_up,
            self._failed,
            label=self.tr("Writing the backup…"),
            parent=self,
        )

    def _backed_up(self, target: Path) -> None:
        self.boxes.info(
            self,
            self.tr("Backup saved"),
            self.tr(
                "The encrypted backup is in {0}. It opens only with a passphrase or the "
                "recovery key of this vault."
            ).format(target),
        )
        self.refresh()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, KnownError):
            self.boxes.error(self, self.tr("PeerDesk"), error.message)
            return
        raise error
