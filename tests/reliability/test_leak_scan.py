"""No participant data and no passphrase lands anywhere the user didn't choose.

A scripted session runs the real command line in subprocesses whose TMPDIR and HOME are
fresh folders (so every temp, cache and config file lands where this test looks): a
small demo vault, CSV imports whose names, notes, e-mail and phone numbers carry unusual
marker strings (some not ASCII), an edit by re-import, every report kind to PDFs the user
chose, a metrics run and a CSV export, sync through a real hub process (set up, device
added, enrolled and synced with the CLI), a USB bundle exported and imported, a backup,
and `check` (unlock and lock) on both vaults.

Then every file under the session folder (vaults, temp, home, the hub's database and log,
bundles, enrolment file, backup) and every command's stdout and stderr is searched for
each marker in UTF-8, UTF-16-LE and UTF-16-BE. The only files allowed to hold markers are
the ones the user asked for: the CSV files the test wrote, the PDFs and the export. The
passphrase must appear in none of them (only in the passphrase file), nor in any
command line: not in the argv lists this test passes, nor in the hub's
/proc/<pid>/cmdline, nor in the one of each CLI process while it runs.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.sync.hub_process import RunningHub, start_hub

ROOT = Path(__file__).resolve().parents[2]
FIGURES = ROOT / "test-artifacts" / "reliability-figures.txt"
PASSPHRASE = "Plinthwobble sesquipedal 9431 ÿ"
CORA, BEA = "cora", "bea"

# Distinctive strings put into participant data; none should ever be found outside the
# files the user chose to write.
MARKERS = (
    "Qwylvaxtorn",  # last name and display name
    "Zörblefïnch",  # first name
    "薔薇蒼穹",  # display name
    "Vorpalstone",  # participant notes
    "vorpalquokka",  # e-mail
    "2025550187",  # phone, digits as they may be kept
    "202 555 0187",  # phone as typed
    "Glimmerquokka",  # contact notes
    "Ŧrüffelwyrm",  # contact topic
    "Snarfblatt",  # notes after an edit
    "2025550164",  # phone after an edit
    "Oubliettefern",  # the second participant's display name
)


def _encodings(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]


@dataclass
class Session:
    root: Path
    env: dict[str, str]
    passphrase_file: Path
    outputs: list[tuple[str, str]] = field(default_factory=list)  # (what, text)
    commands: int = 0
    cmdlines_seen: int = 0
    seconds: dict[str, float] = field(default_factory=dict)

    def run(self, *args: str | Path, env: dict[str, str] | None = None) -> str:
        """Run `peerdesk ARGS`; returns stdout. The passphrase is never an argument."""
        argv = [sys.executable, "-m", "peerdesk", *map(str, args)]
        began = time.monotonic()
        assert not any(PASSPHRASE in a for a in argv), "the passphrase is on a command line"
        process = subprocess.Popen(
            argv,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            env={**self.env, **(env or {})},
            cwd=self.root,
        )
        self._check_cmdline(process.pid)
        out, err = process.communicate(timeout=120)
        self.commands += 1
        what = " ".join(map(str, args[:3]))
        self.seconds[what] = self.seconds.get(what, 0.0) + time.monotonic() - began
        stdout, stderr = out.decode("utf-8", "replace"), err.decode("utf-8", "replace")
        self.outputs += [(f"stdout of {what}", stdout), (f"stderr of {what}", stderr)]
        assert process.returncode == 0, (what, stderr)
        assert "Traceback" not in stderr, stderr
        return stdout

    def me(self, vault: Path, user: str) -> list[str | Path]:
        return ["--vault", vault, "--user", user, "--passphrase-file", self.passphrase_file]

    def _check_cmdline(self, pid: int) -> None:
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
        except OSError:  # ended already, or no /proc here
            return
        self.cmdlines_seen += 1
        assert not any(n in cmdline for n in _encodings(PASSPHRASE))


def _clean_env(home: Path, tmp: Path) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("XDG_", "PEERDESK_VAULT", "PEERDESK_PASSPHRASE", "PEERDESK_NEW"))
    }
    env.update(
        HOME=str(home),
        TMPDIR=str(tmp),
        TMP=str(tmp),
        TEMP=str(tmp),
        PYTHONDONTWRITEBYTECODE="1",
        QT_QPA_PLATFORM="offscreen",
        PEERDESK_KDF_ITERATIONS=os.environ.get("PEERDESK_KDF_ITERATIONS", "1"),
    )
    return env


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    root = tmp_path / "session"
    home, tmp = root / "home", root / "tmp"
    for folder in (home, tmp):
        folder.mkdir(parents=True)
    secret = root / "secrets" / "passphrase.txt"
    secret.parent.mkdir()
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    yield Session(root, _clean_env(home, tmp), secret)


def _write_csv(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _participants_csv(count: int, notes: str, phone: str) -> str:
    lines = [
        "participant_id,display_name,first_name,last_name,phone,email,ok_to_text,"
        "notes,intake_date,assigned_peer"
    ]
    lines.append(
        f"PX1,Qwylvaxtorn 薔薇蒼穹,Zörblefïnch,Qwylvaxtorn,{phone},"
        f"vorpalquokka@example.org,yes,{notes},2024-01-10,{CORA}"
    )
    lines.append(f"PX2,Oubliettefern,,,,,no,{notes},2024-01-11,{BEA}")
    lines += [
        f"PX{n},Oubliettefern {n},,,,,,{notes},2024-01-12,{CORA}" for n in range(3, count + 1)
    ]
    return "\n".join(lines) + "\n"


def _play(
    session: Session, hub: RunningHub, participants: int, demo_size: int, thorough: bool
) -> list[Path]:
    """The scripted session; returns the files the user chose to write (allowed to hold
    participant data). `thorough` adds a dry run of every import, the participant's own
    report and a second `check` (the fast version keeps one of each kind of step)."""
    root = session.root
    office, laptop, demo = root / "vaults" / "office", root / "vaults" / "laptop", root / "demo"
    inputs, chosen = root / "inputs", root / "chosen"
    inputs.mkdir()
    chosen.mkdir()
    cora, bea = session.me(office, CORA), session.me(laptop, BEA)
    run = session.run

    # Two steps that don't depend on the rest run alongside it.
    background = ThreadPoolExecutor(max_workers=2)
    demo_done = background.submit(run, "demo", "--vault", demo, "--participants", str(demo_size))
    laptop_done = background.submit(run, "init", *bea)
    run("init", *cora)
    run(
        "user",
        "add",
        BEA,
        "--role",
        "peer",
        "--new-passphrase-file",
        session.passphrase_file,
        *cora,
    )

    csvs = [
        _write_csv(
            inputs,
            "participants.csv",
            _participants_csv(participants, "Vorpalstone notes Ünïcødé 北京", "+1 202 555 0187"),
        ),
        _write_csv(
            inputs,
            "contacts.csv",
            "participant_id,date,type,duration_minutes,topics,notes,follow_up_date,staff\n"
            f'PX1,2024-03-01,In person,30,housing;Ŧrüffelwyrm,"Glimmerquokka, said ""hi""",'
            f"2024-03-08,{CORA}\n"
            f"PX2,2024-03-02,phone,10,,Glimmerquokka again,,{BEA}\n",
        ),
        _write_csv(
            inputs, "groups.csv", f"group,kind,facilitators\nEvening Circle,support,{CORA}\n"
        ),
        _write_csv(
            inputs,
            "rosters.csv",
            "group,participant_id,enrolled_on\nEvening Circle,PX1,2024-02-01\n"
            "Evening Circle,PX2,2024-02-01\n",
        ),
        _write_csv(
            inputs,
            "attendance.csv",
            "group,session_date,participant_id,mark\nEvening Circle,2024-03-05,PX1,present\n"
            "Evening Circle,2024-03-05,PX2,late\n",
        ),
        _write_csv(
            inputs,
            "measures.csv",
            "participant_id,instrument,date,total\nPX1,hope,2024-03-05,7\n",
        ),
        _write_csv(
            inputs,
            "trainings.csv",
            f"staff,training,category,completed_on,hours\n{CORA},Confidentiality,core,"
            "2024-01-02,2\n",
        ),
    ]
    for path in csvs:
        kind = path.stem
        if thorough or kind == "participants":
            run("import", kind, path, "--dry-run", *cora)
        run("import", kind, path, *cora)
    edit = _write_csv(
        inputs,
        "participants-edit.csv",
        "participant_id,display_name,intake_date,phone,notes\n"
        "PX1,Qwylvaxtorn 薔薇蒼穹,2024-01-10,+1 202 555 0164,Snarfblatt edited ŧext\n",
    )
    csvs.append(edit)
    run("import", "participants", edit, *cora)

    reports: dict[str, list[str | Path]] = {
        "caseload": [],
        "participant": ["--participant", "PX1", "--from", "2024-01-01", "--to", "2024-12-31"],
        "attendance": ["--group", "Evening Circle", "--from", "2024-01-01", "--to", "2024-12-31"],
        "signin-sheet": ["--group", "Evening Circle", "--date", "2024-03-05"],
        "training": [],
        "program": ["--from", "2024-01-01", "--to", "2024-12-31"],
    }
    if thorough:
        reports["participant-plain"] = ["--plain", *reports["participant"]]
    pdfs = [chosen / f"{name}.pdf" for name in reports]
    export = chosen / "participants-export.csv"
    period = ["--from", "2024-01-01", "--to", "2024-12-31"]
    jobs: list[list[str | Path]] = [
        ["report", name.removesuffix("-plain"), "--out", pdf, *options, *cora]
        for (name, options), pdf in zip(reports.items(), pdfs, strict=True)
    ]
    jobs += [["export", "participants", export, *cora], ["metrics", *period, *cora]]
    # Two at a time, as a coordinator might print while exporting; this only reads.
    with ThreadPoolExecutor(max_workers=2) as pool:
        list(pool.map(lambda job: run(*job), jobs))

    # Sync through the hub: the office joins, adds the laptop; the laptop enrols.
    run("sync", "setup", "--hub", hub.url, "--token", str(hub.setup_token), *cora)
    enrolment = root / "usb" / "laptop.enrol"
    added = run("device", "add", "Bea laptop", "--role", "peer", "--out", enrolment, *cora)
    code = re.search(r"One-time code: (\S+)", added)
    assert code is not None, added
    laptop_done.result()
    run("enroll", enrolment, *bea, env={"PEERDESK_ENROL_CODE": code.group(1)})
    run("sync", *cora)
    pulled = re.search(r"received (\d+) change", run("sync", *bea))
    assert pulled is not None and int(pulled.group(1)) > 0

    bundle = root / "usb" / "office.pdbundle"
    run("bundle", "export", bundle, *cora)
    run("bundle", "import", bundle, *bea)
    run("backup", root / "usb" / "office.backup", *cora)
    # Unlock and lock once more; the passphrase from the environment instead of a file.
    run("check", "--vault", laptop, "--user", BEA, env={"PEERDESK_PASSPHRASE": PASSPHRASE})
    if thorough:
        run("check", *cora)
    demo_done.result()
    background.shutdown()
    return [*csvs, *pdfs, export]


@dataclass
class Scan:
    files: int = 0
    bytes: int = 0
    hits: list[str] = field(default_factory=list)


def _scan(session: Session, allowed: list[Path], hub: RunningHub) -> Scan:
    markers = [(m, e) for m in MARKERS for e in _encodings(m)]
    passphrase = _encodings(PASSPHRASE)
    allowed_set = {p.resolve() for p in allowed}
    scan = Scan()
    for folder, _dirs, names in os.walk(session.root):
        for name in names:
            path = Path(folder, name)
            if path.is_symlink() or not path.is_file():
                continue
            data = path.read_bytes()
            scan.files += 1
            scan.bytes += len(data)
            if path.resolve() != session.passphrase_file.resolve():
                scan.hits += [f"the passphrase in {path}" for n in passphrase if n in data]
            if path.resolve() not in allowed_set:
                scan.hits += [f"{m!r} in {path}" for m, n in markers if n in data]
    for what, text in [*session.outputs, ("the hub's stdout", "\n".join(hub.stdout_lines))]:
        data = text.encode("utf-8")
        scan.bytes += len(data)
        scan.hits += [f"the passphrase in the {what}" for n in passphrase if n in data]
        scan.hits += [f"{m!r} in the {what}" for m, n in markers if n in data]
    return scan


def _leak_scan(
    session: Session,
    capsys: pytest.CaptureFixture[str],
    participants: int,
    demo_size: int,
    thorough: bool,
    title: str,
) -> None:
    hub_folder = session.root / "hub"
    hub = start_hub(
        str(hub_folder / "hub.db"),
        hub_folder / "logs",
        extra_env={"HOME": session.env["HOME"], "TMPDIR": session.env["TMPDIR"]},
    )
    started = time.monotonic()
    try:
        hub_cmdline = Path(f"/proc/{hub.process.pid}/cmdline").read_bytes()
        assert not any(n in hub_cmdline for n in _encodings(PASSPHRASE))
        allowed = _play(session, hub, participants, demo_size, thorough)
        hub_cmdline = Path(f"/proc/{hub.process.pid}/cmdline").read_bytes()
        assert not any(n in hub_cmdline for n in _encodings(PASSPHRASE))
    finally:
        hub.stop()
    assert hub.log_path.is_relative_to(session.root)
    # The scan means something only if the markers were in the data all along: they are in
    # the export and in the participant's report.
    export = next(p for p in allowed if p.name == "participants-export.csv").read_text("utf-8")
    report = "".join(
        page.extract_text() for page in PdfReader(session.root / "chosen" / "participant.pdf").pages
    )
    for marker in ("Qwylvaxtorn", "Snarfblatt", "Zörblefïnch"):
        assert marker in export
    assert "Qwylvaxtorn" in report
    scan = _scan(session, allowed, hub)
    played = time.monotonic() - started
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M")
    line = (
        f"{stamp} leak scan ({title}): {session.commands} commands in {played:.0f} s, "
        f"files scanned {scan.files}, bytes scanned {scan.bytes}, "
        f"markers {len(MARKERS)} x 3 encodings + passphrase, hits {len(scan.hits)}"
    )
    with capsys.disabled():
        print()
        print(line)
    FIGURES.parent.mkdir(parents=True, exist_ok=True)
    with FIGURES.open("a", encoding="utf-8") as out:
        out.write(line + "\n")
    assert scan.hits == []
    assert session.cmdlines_seen > 0


def test_leak_scan(session: Session, capsys: pytest.CaptureFixture[str]) -> None:
    _leak_scan(session, capsys, participants=3, demo_size=3, thorough=False, title="fast")


@pytest.mark.slow
def test_leak_scan_soak(session: Session, capsys: pytest.CaptureFixture[str]) -> None:
    _leak_scan(session, capsys, participants=400, demo_size=150, thorough=True, title="soak")
