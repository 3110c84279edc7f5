"""The training report from made-up compliance: long tables carry their heading row onto
the next page, names print in any alphabet, and an empty section says so in words."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from peerdesk.db.models import Role
from peerdesk.reports.training_report import TrainingReport, training_report_pdf
from peerdesk.services.compliance import Done, PersonCompliance, Rules, assess

AS_OF = date(2026, 11, 20)
RULES = Rules(
    required=[("Boundaries", "core", 24), ("Confidentiality", "core", 12)],
    hours=[("Ethics", "ethics", 3.0, 24)],
    supervision_minutes=60,
)
PERSON_HEADINGS = "Name Role Status Needs attention"


def _person(number: int, name: str, rules: Rules = RULES) -> PersonCompliance:
    """Someone whose confidentiality expired `number` days ago, who never did
    boundaries, with 1 hour of ethics and 45 minutes of supervision a month."""
    records = [
        Done("c", "Confidentiality", "core", date(2025, 1, 1), AS_OF - timedelta(number), 2),
        Done("e", "Ethics refresher", "ethics", date(2026, 3, 1), None, 1.0),
    ]
    supervision = [(date(2026, month, 10), 45) for month in range(1, 12)]
    return assess(str(number), name, Role.PEER, rules, records, supervision, AS_OF)


def _texts(report: TrainingReport, paper: str = "a4") -> list[str]:
    pdf = training_report_pdf(report, paper)
    reader = PdfReader(io.BytesIO(pdf.content))
    assert len(reader.pages) == pdf.pages
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def test_a_long_table_repeats_its_heading_row_and_every_page_is_numbered() -> None:
    people = [_person(n, f"Staff member {n:02d}") for n in range(1, 41)]
    report = TrainingReport("Riverside Peer Support", AS_OF, people, {Role.PEER: RULES})
    texts = _texts(report)
    total = len(texts)
    assert total >= 4
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {total}" in text
    # The per-person table runs over the first page; page 2 starts with its headings.
    assert "Per requirement" not in texts[0]
    continued = texts[1].split("Page 2 of", 1)[1]
    assert continued.split(" ", 2)[2].startswith(PERSON_HEADINGS)
    everything = " ".join(texts)
    for person in people:
        assert f"{person.name} Confidentiality Overdue" in everything
        assert f"{person.name} Boundaries Missing Never recorded" in everything
        assert f"{person.name} Ethics hours Overdue 1 of 3 h" in everything
        assert f"{person.name} Supervision Overdue 45 of 60 minutes in October 2026" in everything
    assert "40 staff: 0 current, 40 need attention" in texts[0]


def test_names_in_any_alphabet_are_printed_whole() -> None:
    names = ["Nguyễn Thị Zoë", "Ольга Петрова", "Maximiliana Bartholomew-Featherstone"]
    people = [_person(n, name) for n, name in enumerate(names, start=1)]
    report = TrainingReport("Riverside", AS_OF, people, {Role.PEER: RULES})
    text = " ".join(_texts(report, "letter"))
    for name in names[:2]:
        assert name in text
    # too wide for the name column, it breaks after the hyphen, not inside a word
    assert "Maximiliana Bartholomew- Featherstone" in text


def test_with_nothing_required_every_section_says_so() -> None:
    none = Rules([], [], None)
    person = _person(5, "Kim", none)
    report = TrainingReport("", AS_OF, [person], {Role.PEER: none}, own_only=True)
    text = " ".join(_texts(report))
    assert "Your training and supervision" in text
    assert "Your status: Current. Everything is current for at least the next 60 days." in text
    for sentence in (
        "Nothing is overdue or missing.",
        "Nothing expires in the next 60 days.",
        "No hour rules apply.",
        "No supervision targets are set.",
        "Page 1 of 1",
    ):
        assert sentence in text


def test_the_paper_is_a4_or_letter() -> None:
    report = TrainingReport("", AS_OF, [], {})
    with pytest.raises(ValueError, match="paper"):
        training_report_pdf(report, "a5")
    assert "0 staff" in _texts(report)[0]
