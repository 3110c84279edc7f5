"""What PeerDesk's PDF reports share: paper sizes and the area A4 and US Letter have in
common, dates written out in the chosen language, and fonts that print names in any
alphabet."""

from __future__ import annotations

import functools
import sys
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from peerdesk.config import resources_dir

# Dates written out in the chosen language whatever the computer's locale: long_date
# "Thursday 19 November 2026", short_date "19 Nov 2026" for tables, where a whole weekday
# and month won't fit. Importable from here too, where they started.
from peerdesk.i18n import long_date as long_date
from peerdesk.i18n import short_date as short_date

PAPER_SIZES: dict[str, tuple[float, float]] = {"a4": A4, "letter": LETTER}
SHARED_WIDTH, SHARED_HEIGHT = 210 * mm, 279.4 * mm  # what A4 and US Letter have in common


def shared_area_origin(page: tuple[float, float]) -> tuple[float, float]:
    """Where the A4/Letter shared area starts (bottom left) when centred on `page`."""
    width, height = page
    return (width - SHARED_WIDTH) / 2, (height - SHARED_HEIGHT) / 2


# --- fonts ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Fonts:
    regular: str
    bold: str
    italic: str


STANDARD_FONTS = Fonts("Helvetica", "Helvetica-Bold", "Helvetica-Oblique")

# A font with accents and other scripts: Helvetica, built into every PDF reader, covers
# Western European letters only, and a name is worth printing right ("Nguyễn", "Zoë",
# "Ольга", "Σοφία"). DejaVu Sans is bundled in resources/fonts (free licence beside it),
# so every computer prints the same; the system's fonts are a fallback.
_NOTO = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf")
_DEJAVU = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf")
_ARIAL_MAC = ("Arial.ttf", "Arial Bold.ttf", "Arial Italic.ttf")
_UNICODE_FONTS: dict[str, list[tuple[str, tuple[str, str, str]]]] = {
    "win32": [("C:/Windows/Fonts", ("arial.ttf", "arialbd.ttf", "ariali.ttf"))],
    "darwin": [
        ("/System/Library/Fonts/Supplemental", _ARIAL_MAC),
        ("/Library/Fonts", _ARIAL_MAC),
    ],
    "linux": [
        ("/usr/share/fonts/truetype/dejavu", _DEJAVU),
        ("/usr/share/fonts/truetype/noto", _NOTO),
    ],
}


@functools.cache
def report_fonts() -> Fonts:
    """The first complete family found, registered once per process (reportlab keeps its
    own registry of fonts) and as a family, so <b> and <i> work in paragraphs; the
    built-in Helvetica when there is none."""
    candidates = [(resources_dir() / "fonts", _DEJAVU)] + [
        (Path(folder), files) for folder, files in _UNICODE_FONTS.get(sys.platform, [])
    ]
    for folder, files in candidates:
        paths = [folder / name for name in files]
        if not all(p.is_file() for p in paths):
            continue
        names = [f"PeerDesk-{p.stem}" for p in paths]
        try:
            for name, path in zip(names, paths, strict=True):
                pdfmetrics.registerFont(TTFont(name, str(path)))
        except (TTFError, OSError):
            continue
        fonts = Fonts(*names)
        pdfmetrics.registerFontFamily(
            fonts.regular,
            normal=fonts.regular,
            bold=fonts.bold,
            italic=fonts.italic,
            boldItalic=fonts.bold,
        )
        return fonts
    return STANDARD_FONTS
