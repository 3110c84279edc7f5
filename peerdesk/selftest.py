"""`peerdesk --self-test`: proves that this copy of PeerDesk works on this computer.

Meant first for the frozen program (`dist/PeerDesk/PeerDesk --self-test`), where a
missing module, font, migration or Qt plugin shows only when it is used: it creates a
vault in a temporary folder, unlocks it, adds a little made-up data, writes the program
report, and opens the sign-in window offscreen. One line per step; on a failure, one
sentence and exit code 1. The temporary folder is removed at the end either way (before
Qt starts, which can abort the process), so no data of any kind is left behind.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from peerdesk import i18n
from peerdesk.config import ENV_KDF_ITERATIONS, resources_dir
from peerdesk.errors import KnownError
from peerdesk.i18n import QT_TRANSLATE_NOOP, translate

USER = "selftest"
PASSPHRASE = "self-test passphrase"
# One Argon2id pass (64 MiB still) instead of calibrating to half a second: the slot lives
# for a few seconds in a folder that is then deleted.
KDF_ITERATIONS = "1"
MIN_REPORT_BYTES = 4096  # a real program report with its charts is tens of KiB
# What draws windows on the real screen, by sys.platform (the check itself runs offscreen).
NATIVE_PLATFORM_PLUGINS = {"win32": "qwindows", "darwin": "qcocoa"}


class SelfTestFailed(KnownError):
    """A check found something wrong; the message is the sentence to print."""


def _say(line: str) -> None:
    # A windowed program on Windows has no stdout; the exit code still tells.
    if sys.stdout is not None:
        print(line, flush=True)


def _vault_steps(folder: Path, today: date, step: Callable[[str], None]) -> bytes:
    from peerdesk.db.models import ContactType, Role
    from peerdesk.services.encounters import EncounterService
    from peerdesk.services.measures import MeasureService
    from peerdesk.services.participants import ParticipantService
    from peerdesk.services.reports import ReportRequest, ReportService
    from peerdesk.vault.vault import Vault

    step(QT_TRANSLATE_NOOP("SelfTest", "creating the vault"))
    vault = Vault(folder / "vault")
    unlocked, _recovery_key = vault.create(USER, Role.COORDINATOR, PASSPHRASE, "Self-test")
    unlocked.lock()
    _say(translate("SelfTest", "Vault created"))

    step(QT_TRANSLATE_NOOP("SelfTest", "unlocking the vault"))
    unlocked = vault.unlock(USER, PASSPHRASE)
    try:
        _say(translate("SelfTest", "Unlocked"))
        step(QT_TRANSLATE_NOOP("SelfTest", "adding made-up data"))
        people = ParticipantService(unlocked, lambda: today)
        contacts = EncounterService(unlocked, lambda: today)
        measures = MeasureService(unlocked, today=lambda: today)
        for number, name in enumerate(("Test Person A.", "Test Person B.", "Test Person C.")):
            person = people.create(name, intake_date=today - timedelta(days=60 + number))
            for weeks in (6, 3, 1):
                contacts.log_contact(
                    person, today - timedelta(weeks=weeks), ContactType.PHONE, duration_minutes=20
                )
            measures.record(person, "hope", today - timedelta(weeks=6), total=4 + number)
            measures.record(person, "hope", today - timedelta(weeks=1), total=6 + number)

        step(QT_TRANSLATE_NOOP("SelfTest", "writing the program report"))
        out = folder / "program-report.pdf"
        request = ReportRequest(kind="program", start=today - timedelta(days=89), end=today)
        built = ReportService(unlocked, lambda: today).write(request, out)
        content = out.read_bytes()
        if not content.startswith(b"%PDF") or len(content) < MIN_REPORT_BYTES:
            raise SelfTestFailed(
                translate("SelfTest", "The report written to {0} isn't a complete PDF.").format(out)
            )
        if b"DejaVuSans" not in content:
            raise SelfTestFailed(
                translate(
                    "SelfTest",
                    "The report wasn't printed in PeerDesk's own font: {0} is missing or damaged.",
                ).format(resources_dir() / "fonts")
            )
        _say(translate("SelfTest", "Report written (%n page(s))", None, built.pages))
    finally:
        unlocked.lock()
    return content


def _window_steps(folder: Path, report: bytes, step: Callable[[str], None]) -> None:
    step(QT_TRANSLATE_NOOP("SelfTest", "loading Qt"))
    # Offscreen unless told otherwise, so the check runs the same on a server, in CI and
    # on a desktop, and no window flashes up.
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import (
        QCoreApplication,
        QMessageLogContext,
        QtMsgType,
        qInstallMessageHandler,
    )
    from PySide6.QtWidgets import QApplication

    from peerdesk.tasks.runner import TaskRunner
    from peerdesk.ui.pdf_pages import pdf_pages
    from peerdesk.ui.unlock_window import UnlockWindow
    from peerdesk.vault.vault import Vault

    def quiet(_kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        # The offscreen platform can't resize or raise windows and says so each time.
        if "This plugin does not support" not in message and sys.stderr is not None:
            print(message, file=sys.stderr)

    qInstallMessageHandler(quiet)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    step(QT_TRANSLATE_NOOP("SelfTest", "looking for this system's Qt platform plugin"))
    native = NATIVE_PLATFORM_PLUGINS.get(sys.platform, "qxcb")
    found = [
        plugin
        for folder in QCoreApplication.libraryPaths()
        for plugin in (Path(folder) / "platforms").glob(f"*{native}.*")
    ]
    if not found:
        raise SelfTestFailed(
            translate(
                "SelfTest",
                "Qt's {0} platform plugin is missing, so windows can't open on the screen.",
            ).format(native)
        )
    step(QT_TRANSLATE_NOOP("SelfTest", "opening the sign-in window"))
    tasks = TaskRunner()
    window = UnlockWindow(Vault(folder / "vault"), tasks, USER)
    try:
        window.show()
        app.processEvents()
        if window.grab().isNull():
            raise SelfTestFailed(translate("SelfTest", "The sign-in window could not be drawn."))
    finally:
        window.close()
        window.deleteLater()
        tasks.wait_for_done()
    step(QT_TRANSLATE_NOOP("SelfTest", "drawing the report's first page"))
    pages = list(pdf_pages(report, limit=1))
    if not pages or pages[0].isNull():
        raise SelfTestFailed(translate("SelfTest", "The report's first page could not be drawn."))
    app.processEvents()
    _say(translate("SelfTest", "Windows can open"))


def _language_step(step: Callable[[str], None]) -> None:
    """The Spanish translations are there and load (a build that forgot them would show
    English to someone who chose Español)."""
    step(QT_TRANSLATE_NOOP("SelfTest", "loading the Spanish translations"))
    previous = i18n.current_language() or i18n.ENGLISH
    try:
        i18n.use_language(i18n.SPANISH)
        found = i18n.translate("Dates", "January") == "enero"
    finally:
        i18n.use_language(previous)
    if not found:
        raise SelfTestFailed(
            translate("SelfTest", "The Spanish translations are missing from {0}.").format(
                i18n.translations_dir()
            )
        )
    _say(translate("SelfTest", "Spanish is ready"))


def run_self_test() -> int:
    """Run every step; 0 when all passed, 1 (after one sentence on stderr) otherwise."""
    previous_iterations = os.environ.get(ENV_KDF_ITERATIONS)
    os.environ[ENV_KDF_ITERATIONS] = KDF_ITERATIONS
    folder: Path | None = None
    doing = QT_TRANSLATE_NOOP("SelfTest", "making a temporary folder")

    def step(what: str) -> None:
        """`what`: the step, in English as marked for translation ("Self-test failed while
        …")."""
        nonlocal doing
        doing = what

    try:
        folder = Path(tempfile.mkdtemp(prefix="peerdesk-self-test-"))
        report = _vault_steps(folder, date.today(), step)
        # Qt aborts the process on some failures (no platform plugin), leaving no chance
        # to clean up: the vault is gone before Qt starts. The window needs no vault files.
        shutil.rmtree(folder)
        _window_steps(folder, report, step)
        _language_step(step)
    except Exception as error:  # noqa: BLE001 - any failure is the answer, said in one line
        message = getattr(error, "message", None) or f"{type(error).__name__}: {error}"
        lines = str(message).strip().splitlines() or [type(error).__name__]
        if sys.stderr is not None:
            failed = translate("SelfTest", "Self-test failed while {doing}: {problem}").format(
                doing=translate("SelfTest", doing), problem=lines[0]
            )
            print(failed, file=sys.stderr, flush=True)
        return 1
    finally:
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
        if previous_iterations is None:
            os.environ.pop(ENV_KDF_ITERATIONS, None)
        else:
            os.environ[ENV_KDF_ITERATIONS] = previous_iterations
    _say(translate("SelfTest", "Self-test passed"))
    return 0
