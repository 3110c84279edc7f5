"""What every area of the main window shares: the signed-in vault, the task runner, the
dialogs and the day, and how its background work ends (dropped once the area is gone or
PeerDesk has locked; a KnownError said in a box; Cancel said nothing about)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import shiboken6
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from peerdesk.errors import KnownError
from peerdesk.tasks.runner import JobCancelled, TaskRunner
from peerdesk.ui.message_boxes import MessageBoxes
from peerdesk.vault.vault import UnlockedVault


class AreaView(QWidget):
    def __init__(
        self,
        title: str,
        vault: UnlockedVault,
        tasks: TaskRunner,
        boxes: MessageBoxes,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        assert vault.user is not None
        self.title = title
        self.vault = vault
        self.tasks = tasks
        self.boxes = boxes
        self.today = today
        self.setAccessibleName(title)

    def _still_here(self) -> bool:
        """False once the area is gone or PeerDesk has locked (a result that arrives
        after that is dropped)."""
        return shiboken6.isValid(self) and not self.vault.locked

    def _failed(self, error: BaseException) -> None:
        if not self._still_here() or isinstance(error, JobCancelled):
            return  # gone, or the person chose to stop: nothing to say
        if not isinstance(error, KnownError):
            raise error
        self.boxes.error(self, self.title, error.message)


def scrolling_page(page: QWidget) -> QWidget:
    """The widget `page`'s content goes in: it scrolls when the window is smaller than the
    content (larger text, longer words), instead of making the window outgrow the screen."""
    inner = QWidget()
    scroll = QScrollArea()
    scroll.setWidget(inner)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return inner
