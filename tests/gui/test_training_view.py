"""The Training area as a peer and a coordinator meet it: adding a training with its
certificate and opening the certificate again (from memory, never a temp file), the
statuses in words, a peer seeing only their own record, and setting requirements."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from datetime import date, timedelta
from io import BytesIO
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from reportlab.pdfgen.canvas import Canvas

from peerdesk.db.models import Role
from peerdesk.errors import PermissionDenied
from peerdesk.services.compliance import Status
from peerdesk.services.training import TrainingService
from peerdesk.services.users import UserService
from peerdesk.tasks.runner import TaskRunner
from peerdesk.ui.group_dialogs import to_qdate
from peerdesk.ui.training_dialogs import RequirementsDialog, SupervisionDialog, TrainingDialog
from peerdesk.ui.training_view import TrainingView
from peerdesk.vault.vault import UnlockedVault, Vault
from tests.conftest import PASSPHRASE, USER
from tests.gui.conftest import RecordingBoxes, answer_dialog

TODAY = date(2026, 11, 20)


def _today() -> date:
    return TODAY


@pytest.fixture
def staff(vault_dir: Path) -> Path:
    """The coordinator USER, peers "pia" and "paz"; peers must hold Confidentiality
    (12 months) and Crisis response (12 months) and have 60 minutes of supervision a
    month; paz did Confidentiality 13 months ago."""
    setup = Vault(vault_dir).unlock(USER, PASSPHRASE)
    users = UserService(setup)
    users.add_user("pia", Role.PEER, "pia passphrase here")
    users.add_user("paz", Role.PEER, "paz passphrase here")
    training = TrainingService(setup, _today)
    training.require(Role.PEER, "Confidentiality", 12, "core")
    training.require(Role.PEER, "Crisis response", 12, "core")
    training.set_supervision_target(Role.PEER, 60)
    training.add_record("paz", "Confidentiality", TODAY - timedelta(days=400), hours=2)
    setup.lock()
    return vault_dir


@pytest.fixture
def sign_in(
    staff: Path, signed_in: Callable[[str, str], UnlockedVault]
) -> Callable[[str, str], UnlockedVault]:
    """Signing in once the staff and their requirements are in the vault."""
    return signed_in


def _view(qtbot: QtBot, vault: UnlockedVault, boxes: RecordingBoxes) -> TrainingView:
    view = TrainingView(vault, TaskRunner(), boxes, _today)
    qtbot.addWidget(view)
    view.resize(1100, 780)
    with qtbot.waitSignal(view.loaded):
        view.show()
    return view


def _png() -> bytes:
    image = QImage(240, 160, QImage.Format.Format_RGB32)
    image.fill(QColor("#2a6f97"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def _pdf(pages: int) -> bytes:
    out = BytesIO()
    canvas = Canvas(out)
    for number in range(pages):
        canvas.drawString(100, 700, f"Certificate of completion, page {number + 1}")
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def _statuses(view: TrainingView) -> dict[str, str]:
    model = view.item_model
    return {model.index(r, 0).data(): model.index(r, 1).data() for r in range(model.rowCount())}


def test_a_peer_adds_a_training_with_a_certificate_and_opens_it_again(
    qtbot: QtBot,
    sign_in: Callable[[str, str], UnlockedVault],
    boxes: RecordingBoxes,
    tmp_path: Path,
    screenshot_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = _view(qtbot, sign_in("pia", "pia passphrase here"), boxes)
    assert [p.name for p in view.staff_model.rows()] == ["pia"]  # nobody else's record
    assert not view.requirements_button.isVisible()
    assert _statuses(view) == {
        "Confidentiality": "Missing",
        "Crisis response": "Missing",
        "Supervision": "Overdue",
    }
    certificate = tmp_path / "crisis-certificate.pdf"
    certificate.write_bytes(_pdf(2))
    boxes.open_path = certificate
    done_on = TODAY - timedelta(days=320)  # renews in 12 months: 45 days from now

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, TrainingDialog)
        dialog.training.setCurrentText("Crisis response")
        dialog.completed.setDate(to_qdate(done_on))
        # the requirement's 12 months are filled in as it's typed
        assert dialog.expires_box.isChecked()
        assert dialog.expires.date() == to_qdate(date(2027, 1, 4))
        dialog.hours.setValue(8)
        dialog.category.setText("core")
        dialog._choose_certificate()

    answer_dialog(fill)
    with qtbot.waitSignal(view.loaded):
        view.add_training()
    assert _statuses(view)["Crisis response"] == Status.EXPIRING_60.words
    view.tabs.setCurrentIndex(1)
    assert view.record_model.rowCount() == 1
    record = view.record_model.row(0)
    assert (record.training, record.hours, record.has_certificate) == ("Crisis response", 8, True)
    view.grab().save(str(screenshot_dir / "training-peer.png"))

    # Opening it never puts the certificate in a temp folder.
    spy_tmp = tmp_path / "tmp"
    spy_tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(spy_tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(spy_tmp))
    certificate.unlink()  # only the vault has it now
    view.record_table.setFocus()
    view.record_table.selectRow(0)
    qtbot.keyClick(view.record_table, Qt.Key.Key_Return)
    (window,) = view.certificate_windows
    qtbot.addWidget(window)
    assert len(window.page_labels) == 2
    assert not window.page_labels[0].pixmap().isNull()
    assert os.listdir(spy_tmp) == []
    window.resize(700, 500)
    window.grab().save(str(screenshot_dir / "certificate.png"))


def test_a_picture_certificate_opens_too(
    qtbot: QtBot, sign_in: Callable[[str, str], UnlockedVault], boxes: RecordingBoxes
) -> None:
    pia = sign_in("pia", "pia passphrase here")
    service = TrainingService(pia, _today)
    record = service.add_record("pia", "Confidentiality", TODAY)
    service.attach_certificate(record, "photo.png", _png())
    view = _view(qtbot, pia, boxes)
    view.record_table.selectRow(0)
    view.open_certificate()
    (window,) = view.certificate_windows
    qtbot.addWidget(window)
    assert window.page_labels[0].pixmap().size().width() == 240


def test_a_peer_cannot_edit_someone_elses_record(
    qtbot: QtBot, sign_in: Callable[[str, str], UnlockedVault], boxes: RecordingBoxes
) -> None:
    coordinator = sign_in(USER, PASSPHRASE)
    (theirs,) = TrainingService(coordinator, _today).records("paz")
    pia = sign_in("pia", "pia passphrase here")
    view = _view(qtbot, pia, boxes)
    assert [p.name for p in view.staff_model.rows()] == ["pia"]
    assert view.record_model.rowCount() == 0  # paz's record isn't even shown
    with pytest.raises(PermissionDenied):
        TrainingService(pia, _today).update_record(
            theirs.id,
            training="Confidentiality",
            completed_on=TODAY,
            expires_on=None,
            hours=None,
            category=None,
        )


def test_a_coordinator_sees_everyone_and_sets_requirements(
    qtbot: QtBot,
    sign_in: Callable[[str, str], UnlockedVault],
    boxes: RecordingBoxes,
    screenshot_dir: Path,
) -> None:
    view = _view(qtbot, sign_in(USER, PASSPHRASE), boxes)
    rows = {p.name: p for p in view.staff_model.rows()}
    assert set(rows) == {USER, "pia", "paz"}
    paz_row = [p.name for p in view.staff_model.rows()].index("paz")
    assert view.staff_model.index(paz_row, 2).data() == "Missing"
    assert "Confidentiality: overdue" in view.staff_model.index(paz_row, 3).data()
    view.staff_table.selectRow(paz_row)
    assert _statuses(view)["Confidentiality"] == "Overdue"
    view.grab().save(str(screenshot_dir / "training-staff.png"))

    def add_rule(dialog: QDialog) -> None:
        assert isinstance(dialog, RequirementsDialog)
        dialog.rule_label.setText("Continuing education")
        dialog.rule_hours.setValue(36)
        dialog.rule_months.setValue(24)
        dialog.add_rule()
        dialog.new_role.setCurrentIndex(2)  # coordinator
        dialog.new_training.setText("Supervision skills")
        dialog.add_requirement()
        assert dialog.rules.rowCount() == 1 and dialog.required.rowCount() == 3

    answer_dialog(add_rule)
    with qtbot.waitSignal(view.loaded):
        view.edit_requirements()
    me = [p.name for p in view.staff_model.rows()].index(USER)
    view.staff_table.selectRow(me)
    assert _statuses(view) == {"Supervision skills": "Missing"}
    view.staff_table.selectRow(paz_row)
    assert _statuses(view)["Continuing education (hours)"] == "Overdue"


def test_logging_supervision_meets_the_monthly_target(
    qtbot: QtBot, sign_in: Callable[[str, str], UnlockedVault], boxes: RecordingBoxes
) -> None:
    view = _view(qtbot, sign_in("pia", "pia passphrase here"), boxes)

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, SupervisionDialog)
        dialog.held_on.setDate(to_qdate(date(2026, 10, 15)))
        dialog.minutes.setValue(60)
        dialog.supervisor.setText("Dr. Reyes")
        dialog.topic_boxes[0].setChecked(True)  # self-care

    answer_dialog(fill)
    with qtbot.waitSignal(view.loaded):
        view.log_supervision()
    assert _statuses(view)["Supervision"] == "Current"
    log = view.supervision_model.rows()
    assert [(v.minutes, v.supervisor, v.topics) for v in log] == [(60, "Dr. Reyes", ["self-care"])]
    october = next(m for m in view.month_model.rows() if m.month == date(2026, 10, 1))
    assert october.met is True
