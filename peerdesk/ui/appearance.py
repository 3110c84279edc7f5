"""How PeerDesk looks for the person using it: language, text size (a share of the
computer's own text size, so PeerDesk follows the system setting and grows from there)
and high contrast (white on black, yellow focus and selection)."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from peerdesk.config import resources_dir
from peerdesk.display import Display
from peerdesk.i18n import chosen_language, current_language, use_language

_BASE_FONT = "peerdeskBaseFont"  # the system's font, kept on the app as it started
# What is applied now; each part is changed only when it differs (restyling every widget
# costs time at each sign-in otherwise).
_state: dict[str, object] = {"high_contrast": False, "text_size": 100}

# Colours for words that must stand out (a warning, a problem), readable on either look.
_ALERT = {False: "#8a1c1c", True: "#ff9e9e"}


def apply_display(app: QApplication, display: Display) -> bool:
    """Apply `display` to the whole app. True when the language changed (windows built
    in the old language must be rebuilt to show the new one)."""
    base = app.property(_BASE_FONT)
    if not isinstance(base, QFont):
        base = QFont(app.font())
        app.setProperty(_BASE_FONT, base)
    if display.text_size != _state["text_size"]:
        font = QFont(base)
        if base.pointSizeF() > 0:
            font.setPointSizeF(base.pointSizeF() * display.text_size / 100)
        else:  # a font given in pixels
            font.setPixelSize(round(base.pixelSize() * display.text_size / 100))
        app.setFont(font)
        _state["text_size"] = display.text_size
    if display.high_contrast != _state["high_contrast"]:
        if display.high_contrast:
            app.setPalette(high_contrast_palette())
            app.setStyleSheet((resources_dir() / "styles" / "high-contrast.qss").read_text())
        else:
            app.setStyleSheet("")
            app.setPalette(app.style().standardPalette())
        _state["high_contrast"] = display.high_contrast
    language = chosen_language(display.language)
    changed = language != current_language()
    if changed:
        use_language(language)
    return changed


def high_contrast() -> bool:
    return _state["high_contrast"] is True


def alert_colour() -> str:
    """For style sheets: the colour of a warning's words in the current look."""
    return _ALERT[high_contrast()]


def tint(colour: QColor) -> QBrush | None:
    """A light background that marks a table row or cell (e.g. a status), or none in high
    contrast, where the words carry the meaning and the background stays black."""
    return None if high_contrast() else QBrush(colour)


def high_contrast_palette() -> QPalette:
    black, white, yellow, grey = (
        QColor("#000000"),
        QColor("#ffffff"),
        QColor("#ffd700"),
        QColor("#b0b0b0"),
    )
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, black),
        (QPalette.ColorRole.WindowText, white),
        (QPalette.ColorRole.Base, black),
        (QPalette.ColorRole.AlternateBase, QColor("#1a1a1a")),
        (QPalette.ColorRole.Text, white),
        (QPalette.ColorRole.Button, black),
        (QPalette.ColorRole.ButtonText, white),
        (QPalette.ColorRole.BrightText, yellow),
        (QPalette.ColorRole.Highlight, yellow),
        (QPalette.ColorRole.HighlightedText, black),
        (QPalette.ColorRole.ToolTipBase, black),
        (QPalette.ColorRole.ToolTipText, white),
        (QPalette.ColorRole.PlaceholderText, grey),
        (QPalette.ColorRole.Link, QColor("#7fdbff")),
        (QPalette.ColorRole.LinkVisited, QColor("#e0b0ff")),
        (QPalette.ColorRole.Light, white),
        (QPalette.ColorRole.Midlight, grey),
        (QPalette.ColorRole.Mid, grey),
        (QPalette.ColorRole.Dark, white),
        (QPalette.ColorRole.Shadow, white),
    ):
        palette.setColor(role, colour)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, grey)
    return palette
