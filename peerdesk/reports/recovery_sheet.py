"""The recovery sheet: the printed-once recovery key with what it is for and where to
keep it. Written for a coordinator who may read it years later, in a crisis, in the
language chosen when it is printed (Helvetica prints every Spanish letter)."""

from __future__ import annotations

from datetime import date
from io import BytesIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from peerdesk.i18n import long_date, translate


def recovery_sheet_pdf(
    recovery_key: str, organisation: str, vault_folder: str, made_on: date
) -> bytes:
    """One A4 page (it prints on US Letter too: everything sits in the shared area)."""
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=True)
    title = translate("Reports", "PeerDesk recovery sheet")
    canvas.setTitle(title)
    width, height = A4
    left, y = 22 * mm, height - 30 * mm

    canvas.setFont("Helvetica-Bold", 20)
    canvas.drawString(left, y, title)
    y -= 10 * mm
    canvas.setFont("Helvetica", 11)
    for line in (
        translate("Reports", "Program: {0}").format(
            organisation or translate("Reports", "(not named)")
        ),
        translate("Reports", "Vault folder: {0}").format(vault_folder),
        translate("Reports", "Made on: {0}").format(long_date(made_on)),
    ):
        canvas.drawString(left, y, line)
        y -= 6 * mm

    y -= 6 * mm
    canvas.setFont("Helvetica-Bold", 12)
    canvas.drawString(left, y, translate("Reports", "Recovery key"))
    y -= 14 * mm
    canvas.setLineWidth(1.2)
    canvas.rect(left - 3 * mm, y - 5 * mm, width - 2 * left + 6 * mm, 17 * mm)
    canvas.setFont("Courier-Bold", 17)
    canvas.drawCentredString(width / 2, y, recovery_key)
    y -= 20 * mm

    canvas.setFont("Helvetica", 11)
    paragraphs = [
        translate(
            "Reports",
            "What it is for: if every passphrase for this vault is forgotten, this key lets a "
            'coordinator set a new one. In PeerDesk, choose "Use recovery key" on the '
            "sign-in window, or run: peerdesk recover --user NAME.",
        ),
        translate(
            "Reports",
            "Anyone holding this sheet can open every record in the vault. Keep it locked "
            "away, apart from the computer: a safe, a locked drawer in another room, or with "
            "your organisation's director.",
        ),
        translate(
            "Reports",
            "Don't photograph it, email it or save it on a computer. If this sheet is lost or "
            "seen by someone who shouldn't, tell your coordinator.",
        ),
        translate(
            "Reports",
            "Typing it: capitals or small letters both work, and dashes and spaces don't "
            "matter. PeerDesk checks the last group, so a typo is caught at once.",
        ),
    ]
    text = canvas.beginText(left, y)
    text.setFont("Helvetica", 11)
    text.setLeading(15)
    for paragraph in paragraphs:
        for line in _wrap(paragraph, 88):
            text.textLine(line)
        text.textLine("")
    canvas.drawText(text)
    canvas.setFont("Helvetica-Oblique", 9)
    canvas.drawString(
        left,
        18 * mm,
        translate("Reports", "PeerDesk: printed once, never stored. Keep this page safe."),
    )
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _wrap(paragraph: str, width: int) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in paragraph.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    if current:
        lines.append(current)
    return lines
