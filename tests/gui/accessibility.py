"""What a screen reader needs from a screen: every control a person can reach with the
keyboard has a name, its own (accessibleName, or the text of a button) or a label's that
points at it (QLabel.setBuddy, which QFormLayout.addRow("Label", field) sets)."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTabBar,
    QTextEdit,
    QWidget,
)

_MNEMONIC = re.compile(r"&(?!&|#?\w+;)\w")  # not "&&", nor "&amp;" in rich text
_FIELDS = (
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QAbstractSlider,
)


def _named_by_label(widget: QWidget, top: QWidget) -> bool:
    return any(label.buddy() is widget for label in top.findChildren(QLabel))


def _inside_composite(widget: QWidget) -> bool:
    """Parts Qt builds inside another control (a spin box's line edit, a combo box's
    list, a scroll area's scroll bar) take the name of the control they belong to."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QAbstractSpinBox):
            return True
        parent = parent.parentWidget()
    return widget.objectName().startswith("qt_") or isinstance(widget, QAbstractSlider)


def unnamed_controls(top: QWidget) -> list[str]:
    """Descriptions of the keyboard-reachable controls under `top` that have no name."""
    found = []
    for widget in [top, *top.findChildren(QWidget)]:
        if (
            isinstance(widget, QTabBar)
            or _inside_composite(widget)
            or widget.focusPolicy() == Qt.FocusPolicy.NoFocus  # e.g. table headers
        ):
            continue
        if isinstance(widget, QAbstractButton):
            named = bool(widget.accessibleName() or widget.text().replace("&", "").strip())
        elif isinstance(widget, _FIELDS):
            named = bool(widget.accessibleName()) or _named_by_label(widget, top)
        else:
            continue
        if not named:
            hint = getattr(widget, "placeholderText", lambda: "")() or widget.toolTip() or "no text"
            found.append(f"{type(widget).__name__} in {type(widget.window()).__name__} ({hint!r})")
    return found


def labels_leading_nowhere(top: QWidget) -> list[str]:
    """Labels showing a shortcut letter (Alt+letter) with no control to jump to."""
    return [
        f"label {label.text()!r} in {type(label.window()).__name__} has a shortcut letter "
        "but no control"
        for label in top.findChildren(QLabel)
        if _MNEMONIC.search(label.text()) and label.buddy() is None and label.isVisibleTo(top)
    ]


def clipped_text(top: QWidget) -> list[str]:
    """Visible buttons and one-line labels narrower or shorter than their words need."""
    found = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top) or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel):
            if (
                widget.wordWrap()
                or not widget.text()
                or widget.textFormat() == Qt.TextFormat.RichText
            ):
                continue
        elif not isinstance(widget, QAbstractButton) or isinstance(widget, QTabBar):
            continue
        need = widget.minimumSizeHint()
        if widget.width() + 1 < need.width() or widget.height() + 1 < need.height():
            text = widget.text()
            found.append(
                f"{type(widget).__name__} {text[:40]!r} is {widget.width()}x{widget.height()}, "
                f"needs {need.width()}x{need.height()}"
            )
    return found


def needs_scrolling(top: QWidget) -> list[str]:
    """Visible scroll areas around a page (not lists or tables, which scroll by nature)
    whose content doesn't fit, so part of the page is out of sight."""
    found = []
    for area in top.findChildren(QScrollArea):
        inner = area.widget()
        if inner is None or not area.isVisibleTo(top) or isinstance(area, QAbstractItemView):
            continue
        need, room = inner.minimumSizeHint(), area.viewport().size()
        if need.width() > room.width() + 1 or need.height() > room.height() + 1:
            owner = area.parentWidget()
            found.append(
                f"{type(owner).__name__ if owner else 'page'} scrolls: needs "
                f"{need.width()}x{need.height()}, has {room.width()}x{room.height()}"
            )
    return found
