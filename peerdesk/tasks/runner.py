"""One way to run work off the GUI thread (STYLE.md, after Anki's CollectionOp).

An operation is a plain callable that never touches widgets. The runner calls it on a
single worker thread (so database writes are serialised), then calls `on_success` or
`on_failure` back on the GUI thread. If the work takes longer than `PROGRESS_DELAY_MS`
a progress dialog appears; it is always closed, whatever happens.
"""

from __future__ import annotations

import gc
import itertools
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from peerdesk.errors import KnownError
from peerdesk.i18n import translate

PROGRESS_DELAY_MS = 600


_gc_lock = threading.Lock()
_gc_pausers = 0


def _pause_gc() -> None:
    """Python's cycle collector runs in whichever thread happens to allocate. If that is
    a worker and the garbage holds Qt widgets, their C++ destructors run off the GUI
    thread and crash the process (seen in the GUI tests). So no collection runs while
    work is on a worker; it happens on the GUI thread instead."""
    global _gc_pausers
    with _gc_lock:
        _gc_pausers += 1
        gc.disable()


def _resume_gc() -> None:
    global _gc_pausers
    with _gc_lock:
        _gc_pausers -= 1
        if _gc_pausers == 0:
            gc.enable()


class JobCancelled(KnownError):
    """The person pressed Cancel; the work stopped at its next progress report."""

    exit_code = 4

    def __init__(self, message: str | None = None) -> None:
        # reportlab re-raises errors from a page callback as type(error)(its message)
        if message is None:
            message = translate("TaskRunner", "Stopped before it was finished. Nothing was saved.")
        super().__init__(message.splitlines()[0] if message else message)


# What a long job calls as it goes: (steps done, steps in all, 0 when not known yet).
# It raises JobCancelled once the person has pressed Cancel.
Report = Callable[[int, int], None]


@dataclass
class _Pending:
    """A job that was started and whose outcome hasn't reached the GUI thread yet."""

    on_success: Callable[[Any], None]
    on_failure: Callable[[BaseException], None]
    timer: QTimer
    label: str
    parent: QWidget | None
    dialog: QProgressDialog | None = None
    cancel: threading.Event | None = None  # set when the person cancels, if they can
    done: int = 0
    total: int = 0


class TaskRunner(QObject):
    # Emitted on the worker thread, delivered on the GUI thread (a queued connection,
    # since this object lives there): job id, whether it succeeded, result or error.
    # One signal for all jobs, so no QObject is made per job (per-job objects, cycles
    # through their slots, were collected at random moments and crashed the tests).
    _finished = Signal(int, bool, object)
    _progressed = Signal(int, int, int)  # job id, steps done, steps in all (0: unknown)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._jobs: dict[int, _Pending] = {}
        self._ids = itertools.count()
        self._finished.connect(self._deliver)
        self._progressed.connect(self._progress)

    def run(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
        *,
        label: str = "",
        parent: QWidget | None = None,
    ) -> None:
        self._start(lambda _report: work(), on_success, on_failure, label, parent, None)

    def run_reporting(
        self,
        work: Callable[[Report], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
        *,
        label: str = "",
        parent: QWidget | None = None,
        quiet: bool = False,
    ) -> None:
        """Like `run`, for long work that reports its progress: the dialog shows how far
        it has got and has a Cancel button; after Cancel, `work`'s next report raises
        JobCancelled (which reaches `on_failure`). `quiet` work (a background sync) never
        shows a dialog: it mustn't interrupt the person."""
        self._start(work, on_success, on_failure, label, parent, threading.Event(), quiet)

    def _start(
        self,
        work: Callable[[Report], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
        label: str,
        parent: QWidget | None,
        cancel: threading.Event | None,
        quiet: bool = False,
    ) -> None:
        job_id = next(self._ids)
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(lambda: self._show_progress(job_id))
        self._jobs[job_id] = _Pending(on_success, on_failure, timer, label, parent, cancel=cancel)
        if not quiet:
            timer.start(PROGRESS_DELAY_MS)
        finished = self._finished
        progressed = self._progressed

        def report(done: int, total: int) -> None:
            if cancel is not None and cancel.is_set():
                raise JobCancelled
            progressed.emit(job_id, done, total)

        def task() -> None:
            _pause_gc()
            try:
                result = work(report)
            except BaseException as error:  # noqa: BLE001 - handed to on_failure on the GUI thread
                finished.emit(job_id, False, error)
            else:
                finished.emit(job_id, True, result)
            finally:
                _resume_gc()

        self._pool.start(task)

    def _show_progress(self, job_id: int) -> None:
        pending = self._jobs.get(job_id)
        if pending is None:
            return
        progress = QProgressDialog(pending.label or self.tr("Working…"), "", 0, 0, pending.parent)
        if pending.cancel is None:
            progress.setCancelButton(None)
        else:
            progress.setCancelButtonText(self.tr("Cancel"))
            progress.canceled.connect(pending.cancel.set)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoReset(False)
        progress.setAutoClose(False)
        pending.dialog = progress
        self._show_count(pending)
        progress.show()

    def _progress(self, job_id: int, done: int, total: int) -> None:
        pending = self._jobs.get(job_id)
        if pending is not None:
            pending.done, pending.total = done, total
            self._show_count(pending)

    @staticmethod
    def _show_count(pending: _Pending) -> None:
        if pending.dialog is None:
            return
        if pending.total:
            pending.dialog.setMaximum(pending.total)
            pending.dialog.setValue(min(pending.done, pending.total))
        elif pending.done:
            pending.dialog.setLabelText(f"{pending.label} ({pending.done})")

    def cancel_all(self) -> None:
        """Ask every job that can be cancelled to stop (as if Cancel were pressed)."""
        for pending in self._jobs.values():
            if pending.cancel is not None:
                pending.cancel.set()

    def _deliver(self, job_id: int, succeeded: bool, value: Any) -> None:
        pending = self._jobs.pop(job_id, None)
        if pending is None:
            return
        try:
            pending.timer.stop()
            pending.timer.deleteLater()
            if pending.dialog is not None:
                pending.dialog.close()
                pending.dialog.deleteLater()
        finally:
            if succeeded:
                pending.on_success(value)
            else:
                pending.on_failure(value)

    def is_busy(self) -> bool:
        return bool(self._jobs)

    def wait_for_done(self, msecs: int = 30_000) -> bool:
        """Block until queued work has finished (used when locking and quitting)."""
        return self._pool.waitForDone(msecs)
