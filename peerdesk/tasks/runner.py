"""One way to run work off the GUI thread (STYLE.md, after Anki's CollectionOp).

An operation is a plain callable that never touches widgets. The runner calls it on a
single worker thread (so database writes are serialised), then calls `on_success` or
`on_failure` back on the GUI thread. If the work takes longer than `PROGRESS_DELAY_MS`
a progress dialog appears; it is always closed, whatever happens.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
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


class _Relay(QObject):
    """Carries a finished operation's outcome back to the GUI thread."""

    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.work = work
        self.relay = relay

    def run(self) -> None:
        _pause_gc()
        try:
            result = self.work()
        except BaseException as error:  # noqa: BLE001 - handed to on_failure on the GUI thread
            self.relay.failed.emit(error)
        else:
            self.relay.succeeded.emit(result)
        finally:
            _resume_gc()


class TaskRunner(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._running: set[_Relay] = set()

    def run(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
        *,
        label: str = "",
        parent: QWidget | None = None,
    ) -> None:
        relay = _Relay()
        self._running.add(relay)
        dialog: list[QProgressDialog] = []
        timer = QTimer(relay)
        timer.setSingleShot(True)

        def show_progress() -> None:
            progress = QProgressDialog(label or self.tr("Working…"), "", 0, 0, parent)
            progress.setCancelButton(None)
            progress.setWindowModality(Qt.WindowModality.WindowModal)
            progress.setMinimumDuration(0)
            progress.show()
            dialog.append(progress)

        def finish(callback: Callable[[Any], None], value: Any) -> None:
            try:
                timer.stop()
                for progress in dialog:
                    progress.close()
                    progress.deleteLater()
            finally:
                self._running.discard(relay)
                relay.deleteLater()
                callback(value)

        timer.timeout.connect(show_progress)
        relay.succeeded.connect(lambda value: finish(on_success, value))
        relay.failed.connect(lambda error: finish(on_failure, error))
        timer.start(PROGRESS_DELAY_MS)
        self._pool.start(_Job(work, relay))

    def is_busy(self) -> bool:
        return bool(self._running)

    def wait_for_done(self, msecs: int = 30_000) -> bool:
        """Block until queued work has finished (used when quitting)."""
        return self._pool.waitForDone(msecs)
