"""`peerdesk metrics` as a coordinator uses it: JSON with exactly the section 7 keys,
worked out by hand for a vault built with CSV imports."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import USER, CliResult

Cli = Callable[..., CliResult]
Q3 = ("--from", "2026-07-01", "--to", "2026-09-30")

FILES = {
    "participants": "participant_id,display_name,intake_date,preferred_language,referral_source\n"
    "P1,Ana,2026-01-05,Español,clinic\n"
    "P2,Ben,2026-07-15,,self\n"
    "P3,Cyd,2026-02-01,English,\n",
    "contacts": "participant_id,date,type,follow_up_date\n"
    "P1,2026-07-01,In person,2026-07-08\n"
    "P1,2026-07-08,phone,\n"
    "P2,2026-09-30,Text,\n"
    "P3,2026-06-30,outreach,\n",
    "groups": "group,facilitators\nCircle,\n",
    "attendance": "group,session_date,participant_id,mark\n"
    "Circle,2026-07-07,P1,present\n"
    "Circle,2026-07-07,P3,absent\n"
    "Circle,2026-07-14,P3,late\n",
    "measures": "participant_id,instrument,date,total\n"
    "P1,hope,2026-07-01,4\n"
    "P1,hope,2026-09-01,7\n"
    "P3,barc10,2026-08-01,48\n",
}


@pytest.fixture
def me(vault_dir: Path, passphrase_file: Path, tmp_path: Path, cli: Cli) -> tuple[str | Path, ...]:
    options = ("--vault", vault_dir, "--user", USER, "--passphrase-file", passphrase_file)
    for kind, text in FILES.items():
        path = tmp_path / f"{kind}.csv"
        path.write_text(text, encoding="utf-8")
        result = cli("import", kind, path, *options)
        assert result.code == 0, result.err
    return options


def test_metrics_prints_the_section_7_figures_as_json(me: tuple[str | Path, ...], cli: Cli) -> None:
    result = cli("metrics", *Q3, *me)
    assert result.code == 0, result.err
    assert result.out.startswith('{\n  "participants_served": 3,\n')  # indent 2, in order
    assert json.loads(result.out) == {
        "participants_served": 3,  # P1 and P2 had contacts, P3 came late on 14 July
        "new_intakes": 1,  # P2, 15 July
        "contacts_total": 3,  # P3's contact on 30 June is outside
        "contacts_by_type": {
            "in_person": 1,
            "phone": 1,
            "text": 1,
            "outreach": 0,
            "accompanied": 0,
            "group_followup": 0,
        },
        "group_sessions_held": 2,  # 7 and 14 July
        "attendance_marks": 3,
        "attendance_rate": 0.667,  # present and late of 3
        "retained_90d": None,  # nobody took in on 1 or 2 July
        "hope_change_mean": 3.0,  # P1: 7 - 4
        "barc10_latest_mean": 48.0,
        "barc10_at_or_above_47": 1.0,
        "followups_due": 1,  # P1's, 8 July
        "followups_done": 1,  # met by the phone call that day
        "staff_training_compliance": 1.0,  # one coordinator, nothing required
    }


def test_metrics_by_language_and_referral_source(me: tuple[str | Path, ...], cli: Cli) -> None:
    result = cli("metrics", *Q3, "--by", "language", *me)
    assert result.code == 0, result.err
    assert '"Español": {' in result.out  # not escaped
    by_language = json.loads(result.out)
    assert list(by_language) == ["English", "Español", "(not recorded)"]
    assert by_language["(not recorded)"]["contacts_by_type"]["text"] == 1  # P2
    assert by_language["English"]["staff_training_compliance"] is None
    by_referral = json.loads(cli("metrics", *Q3, "--by", "referral-source", *me).out)
    assert {k: v["participants_served"] for k, v in by_referral.items()} == {
        "clinic": 1,
        "self": 1,
        "(not recorded)": 1,
    }


def test_bad_or_missing_dates_are_usage_errors_before_the_passphrase(
    vault_dir: Path, cli: Cli
) -> None:
    who = ("--vault", vault_dir, "--user", USER)  # no passphrase anywhere
    bad = cli("metrics", "--from", "2026-13-01", "--to", "2026-09-30", *who)
    assert bad.code == 2
    assert "--from 2026-13-01 isn't a date" in bad.err
    missing = cli("metrics", "--from", "2026-07-01", *who)
    assert missing.code == 2 and "--to DATE" in missing.err
    backwards = cli("metrics", "--from", "2026-09-30", "--to", "2026-07-01", *who)
    assert backwards.code == 2 and "--to" in backwards.err
    unknown = cli("metrics", *Q3, "--by", "postcode", *who)
    assert unknown.code == 2
    for result in (bad, missing, backwards, unknown):
        assert "passphrase" not in result.err and "Traceback" not in result.err


def test_a_peer_cannot_see_the_program_metrics(
    me: tuple[str | Path, ...], vault_dir: Path, passphrase_file: Path, cli: Cli
) -> None:
    added = cli(
        "user", "add", "pia", "--role", "peer", "--new-passphrase-file", passphrase_file, *me
    )
    assert added.code == 0, added.err
    refused = cli(
        "metrics", *Q3, "--vault", vault_dir, "--user", "pia", "--passphrase-file", passphrase_file
    )
    assert refused.code == 4
    assert "Only a coordinator" in refused.err
    assert refused.out == ""
