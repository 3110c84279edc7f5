"""The sign-in sheet as a person holding it sees it: names in order, room to sign, blank
rows for walk-ins, page numbers, and nothing a printer would cut off on A4 or Letter."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm

from peerdesk.reports.signin_sheet import (
    COLUMNS,
    MARGIN_SIDE,
    SHARED_HEIGHT,
    SHARED_WIDTH,
    WALK_INS_AT_LEAST,
    SigninSheet,
    long_date,
    signin_sheet_page_count,
    signin_sheet_pdf,
)
from tests.unit.reports.pdf_ink import ink, outside

LONG_NAME = "Maximiliana Alexandrovna Bartholomew-Featherstonehaugh of Llanfairpwllgwyngyll"


def _sheet(names: list[str], **changes: object) -> SigninSheet:
    values: dict[str, object] = {
        "group": "Thursday evening circle",
        "held_on": date(2026, 11, 19),
        "facilitators": ["fay", "pia"],
        "names": names,
        "location": "Community room B",
        "schedule": "Thursdays 6-7:30 pm",
        "organisation": "Riverside Peer Support",
    }
    values.update(changes)
    return SigninSheet(**values)  # type: ignore[arg-type]  # built from a dict of fields


def _read(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def _texts(reader: PdfReader) -> list[str]:
    return [page.extract_text() for page in reader.pages]


def _forty() -> list[str]:
    return [f"Member {i:02d}" for i in range(1, 41)]


def test_the_date_is_written_out_in_english() -> None:
    assert long_date(date(2026, 11, 19)) == "Thursday 19 November 2026"


@pytest.mark.parametrize(("paper", "size"), [("a4", A4), ("letter", LETTER)])
def test_nothing_is_printed_outside_what_a4_and_letter_share(
    paper: str, size: tuple[float, float]
) -> None:
    names = [*_forty(), LONG_NAME, "Nguyễn Thị Zoë", "W" * 90]
    reader = _read(signin_sheet_pdf(_sheet(names, group="G" * 200, location="L" * 300), paper))
    assert len(reader.pages) >= 2
    for page in reader.pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(size)
        assert ink(page), "the page is empty"
        assert outside(page, SHARED_WIDTH, SHARED_HEIGHT, inset=10 * mm) == []


def test_every_name_is_printed_in_order_and_every_page_is_numbered() -> None:
    names = _forty()
    reader = _read(signin_sheet_pdf(_sheet(names)))
    texts = _texts(reader)
    total = len(texts)
    assert total >= 2
    assert signin_sheet_page_count(_sheet(names)) == total
    everything = "\n".join(texts)
    positions = [everything.index(f"\n{name}\n") for name in names]
    assert positions == sorted(positions)
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {total}" in text
        assert "Name" in text and "Signature" in text  # the column headings on each page
        assert "Please keep this sheet private and hand it to a facilitator." in text
    first = texts[0]
    for fact in (
        "Sign-in sheet",
        "Thursday evening circle",
        "Thursday 19 November 2026",
        "Community room B",
        "Thursdays 6-7:30 pm",
        "fay, pia",
        "Riverside Peer Support",
    ):
        assert fact in first
    # later pages say whose sheet they are, in every report's running header
    for text in texts[1:]:
        assert "Sign-in sheet: Thursday evening circle, Thursday 19 November 2026" in text


@pytest.mark.parametrize("roster_size", range(0, 46))
def test_walk_ins_get_blank_rows_after_the_roster(roster_size: int) -> None:
    names = [f"Member {i:02d}" for i in range(1, roster_size + 1)]
    reader = _read(signin_sheet_pdf(_sheet(names)))
    everything = "\n".join(_texts(reader))
    heading = "Not on the list? Write your first name or the name you go by."
    assert everything.count(heading) == 1
    after = everything.split(heading)[1]
    rows = [line for line in after.splitlines() if line.strip().isdigit()]
    assert len(rows) >= WALK_INS_AT_LEAST
    assert rows[0] == str(roster_size + 1)


def test_a_long_name_is_cut_short_inside_its_column() -> None:
    reader = _read(signin_sheet_pdf(_sheet(["Ana", LONG_NAME])))
    text = reader.pages[0].extract_text()
    assert "Maximiliana" in text and LONG_NAME not in text
    cut = next(line for line in text.splitlines() if line.startswith("Maximiliana"))
    assert cut.endswith("…")
    name_column_right = (A4[0] - SHARED_WIDTH) / 2 + MARGIN_SIDE + COLUMNS[0][1] + COLUMNS[1][1]
    printed = [i for i in ink(reader.pages[0]) if i.what.startswith("Maximiliana")]
    assert printed and all(i.right <= name_column_right for i in printed)


def test_a_name_left_empty_is_a_line_to_fill_in() -> None:
    text = _read(signin_sheet_pdf(_sheet(["Ana", "", "  ", "Ben"]))).pages[0].extract_text()
    assert "1\nAna\n2\n3\n4\nBen\n" in text


def test_the_same_sheet_makes_the_same_file() -> None:
    assert signin_sheet_pdf(_sheet(_forty())) == signin_sheet_pdf(_sheet(_forty()))


def test_only_a4_and_letter() -> None:
    with pytest.raises(ValueError, match="paper"):
        signin_sheet_pdf(_sheet([]), "legal")
