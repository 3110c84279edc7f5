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


@dataclass
class _Pending:
    """A job that was started and whose outcome hasn't reached the GUI thread yet."""

    on_success: Callable[[Any], None]
    on_failure: Callable[[BaseException], None]
    timer: QTimer
    label: str
    parent: QWidget | None
    dialog: QProgressDialog | None = None


class TaskRunner(QObject):
    # Emitted on the worker thread, delivered on the GUI thread (a queued connection,
    # since this object lives there): job id, whether it succeeded, result or error.
    # One signal for all jobs, so no QObject is made per job (per-job objects, cycles
    # through their slots, were collected at random moments and crashed the tests).
    _finished = Signal(int, bool, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._jobs: dict[int, _Pending] = {}
        self._ids = itertools.count()
        self._finished.connect(self._deliver)

    def run(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
        *,
        label: str = "",
        parent: QWidget | None = None,
    ) -> None:
        job_id = next(self._ids)
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(lambda: self._show_progress(job_id))
        self._jobs[job_id] = _Pending(on_success, on_failure, timer, label, parent)
        timer.start(PROGRESS_DELAY_MS)
        finished = self._finished

        def task() -> None:
            _pause_gc()
            try:
                result = work()
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
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.show()
        pending.dialog = progress

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
