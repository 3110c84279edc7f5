"""The program report prints exactly the figures `peerdesk metrics` gives for the same
period, beside the previous period, and nothing that names anyone."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from peerdesk.db.models import Participant, User
from peerdesk.errors import PermissionDenied
from peerdesk.reports.program_report import CONTACT_WORDS, FIGURES, show, small
from peerdesk.services.demo import DEMO_PASSPHRASE, build_demo_vault
from peerdesk.services.metrics import MetricsService
from peerdesk.services.program_report import months_in, previous_period
from peerdesk.services.reports import ReportRequest, ReportService
from peerdesk.vault.vault import UnlockedVault, Vault
from tests.conftest import CliResult

TODAY = date(2026, 11, 24)
START, END = date(2026, 5, 1), date(2026, 10, 31)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo_vault(
        tmp_path_factory.mktemp("program") / "demo", participants=30, today=TODAY
    ).folder


@pytest.fixture
def coordinator(demo: Path) -> Iterator[UnlockedVault]:
    unlocked = Vault(demo).unlock("demo", DEMO_PASSPHRASE)
    yield unlocked
    unlocked.lock()


def _text(content: bytes) -> str:
    pages = PdfReader(BytesIO(content)).pages
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in pages))


def test_the_figures_equal_peerdesk_metrics(
    coordinator: UnlockedVault, cli: Callable[..., CliResult], demo: Path, tmp_path: Path
) -> None:
    built = ReportService(coordinator, lambda: TODAY).build(ReportRequest("program", START, END))
    text = _text(built.content)
    metrics = MetricsService(coordinator, lambda: TODAY)
    now = metrics.compute(START, END)
    before = metrics.compute(*previous_period(START, END))
    for key, words in FIGURES:
        row = f"{words} {show(key, now[key])} {show(key, before[key])}"
        assert row in text, row
    for kind, count in now["contacts_by_type"].items():
        assert f"{CONTACT_WORDS[kind]} {count} {before['contacts_by_type'][kind]}" in text
    assert f"Page 1 of {built.pages}" in text and f"Page {built.pages} of {built.pages}" in text

    # ... and the command line prints the same numbers.
    passphrase = tmp_path / "pass.txt"
    passphrase.write_text(DEMO_PASSPHRASE)
    result = cli(
        "metrics", "--vault", demo, "--user", "demo", "--passphrase-file", passphrase,
        "--from", START.isoformat(), "--to", END.isoformat(),
    )  # fmt: skip
    assert result.code == 0, result.err
    assert json.loads(result.out) == now


def test_no_one_is_named(coordinator: UnlockedVault) -> None:
    built = ReportService(coordinator, lambda: TODAY).build(ReportRequest("program", START, END))
    text = _text(built.content)
    with coordinator.session() as s:
        names = [n for (n,) in s.execute(select(Participant.display_name)) if n]
        staff = [n for (n,) in s.execute(select(User.name))]
    for name in names:
        assert name not in text, "a participant is named"
    for name in staff:
        assert f" {name} " not in text.replace("by demo", ""), "a staff member is named"


def test_breakdowns_hide_small_counts() -> None:
    assert [small(n) for n in (0, 1, 4, 5, 12)] == ["0", "<5", "<5", "5", "12"]


def test_months_and_the_previous_period() -> None:
    assert months_in(date(2026, 1, 15), date(2026, 3, 10)) == [
        (date(2026, 1, 15), date(2026, 1, 31)),
        (date(2026, 2, 1), date(2026, 2, 28)),
        (date(2026, 3, 1), date(2026, 3, 10)),
    ]
    assert previous_period(date(2026, 10, 1), date(2026, 10, 31)) == (
        date(2026, 8, 31),
        date(2026, 9, 30),
    )


def test_only_coordinators_print_it(demo: Path) -> None:
    peer = Vault(demo).unlock("sam", DEMO_PASSPHRASE)
    try:
        with pytest.raises(PermissionDenied):
            ReportService(peer, lambda: TODAY).build(ReportRequest("program", START, END))
    finally:
        peer.lock()
