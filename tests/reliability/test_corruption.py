"""Damaged files (issue 9, part 3): seeded random byte changes and truncations in every
file a vault is made of, in backups, USB bundles and certificates.

Each case must end in a clear sentence (a KnownError; exit 4 or 5 on the command line,
one line, no traceback) or in a correct recovery (the spare key file copy, a restore
from a backup) giving back exactly the data that was there; never an unexpected
exception, never different data. The one allowed third outcome is for the WAL: a log
cut short, or damaged inside its last transaction, can't be told from a crash while
that transaction was written, and SQLite then opens the vault as it was after an
earlier commit (checked: exactly the state after one of the commits made).

The fast version runs in `make test`; the slow one (`make test-all`) many more cases.
Both print their figures and append them to test-artifacts/reliability-figures.txt.
"""

from __future__ import annotations

import io
import random
import shutil
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from reportlab.pdfgen import canvas

from peerdesk.cli import main
from peerdesk.db.models import Role
from peerdesk.errors import KnownError
from peerdesk.services.participants import ParticipantService
from peerdesk.services.training import TrainingService
from peerdesk.sync.merge import all_states
from peerdesk.sync.service import SyncService
from peerdesk.vault import backups
from peerdesk.vault.keyslots import COPY_NAME, PRIMARY_NAME
from peerdesk.vault.vault import UnlockedVault, Vault, restore_into_empty_folder
from tests.conftest import PASSPHRASE, USER
from tests.reliability.corrupt_figures import report

SCOPES = ("roster", "caseload", "staff")
Snapshot = tuple[str, ...]


def snapshot(unlocked: UnlockedVault) -> Snapshot:
    """Every synced record with all its values (certificate bytes included)."""
    with unlocked.engine.connect() as conn:
        return tuple(
            sorted(
                repr((s.table, s.id, sorted(s.values.items(), key=lambda kv: kv[0])))
                for s in all_states(conn, SCOPES)
            )
        )


def certificate_pdf(pages: int = 2) -> bytes:
    out = io.BytesIO()
    drawing = canvas.Canvas(out)
    for number in range(pages):
        drawing.drawString(72, 720, f"Certificate of completion, page {number + 1}")
        drawing.drawString(72, 700, "Boundaries and self-care, 6 hours")
        drawing.showPage()
    drawing.save()
    return out.getvalue()


@dataclass
class World:
    """A vault closed normally, the same vault's files taken while it was open (with a
    WAL), backups of it, and the states it went through."""

    closed: Path
    live: Path
    manual_backup: Path
    final: Snapshot
    history: list[Snapshot]
    last_commit_starts_at: int  # WAL offset where the last transaction's frames begin
    certificate_pages: tuple[int, int]  # byte range of the pages the certificate added
    certificate: bytes
    record_id: str
    bundle: Path
    importer: Path  # a second computer of the same program (USB bundles only)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    root = tmp_path_factory.mktemp("corruption")
    closed = root / "closed"
    Vault(closed).create(USER, Role.COORDINATOR, PASSPHRASE)[0].lock()
    unlocked = Vault(closed).unlock(USER, PASSPHRASE)  # makes the daily automatic backup
    history = [snapshot(unlocked)]
    people = ParticipantService(unlocked)
    for number in range(12):
        people.create(f"Person {number}", notes=f"notes for person {number} " * 20)
        history.append(snapshot(unlocked))
    training = TrainingService(unlocked)
    record_id = training.add_record(USER, "Boundaries", date(2025, 3, 1), hours=6)
    history.append(snapshot(unlocked))
    size_before = unlocked.vault.db_path.stat().st_size
    wal = Path(f"{unlocked.vault.db_path}-wal")
    wal_before = wal.stat().st_size
    certificate = certificate_pdf()
    training.attach_certificate(record_id, "boundaries.pdf", certificate)
    history.append(snapshot(unlocked))
    # The files as a crash would leave them: database and WAL, no -shm.
    live = root / "live"
    live.mkdir()
    for name in (PRIMARY_NAME, COPY_NAME, "vault.db", "vault.db-wal"):
        shutil.copy2(closed / name, live / name)
    shutil.copytree(closed / "backups", live / "backups")
    manual = unlocked.backup_to(root / "manual.peerdesk-backup")
    # A bundle for a second computer of the same program.
    sync = SyncService(unlocked)
    code = sync.add_device("second", Role.COORDINATOR, root / "second.enrol")
    bundle = root / "all.pdbundle"
    sync.export_bundle(bundle)
    final = history[-1]
    unlocked.lock()
    # The certificate's pages, located in the checkpointed file: the ones it appended.
    size_after = (closed / "vault.db").stat().st_size
    assert size_after > size_before
    importer = root / "importer"
    second, _ = Vault(importer).create("second-user", Role.COORDINATOR, PASSPHRASE)
    SyncService(second).enroll(root / "second.enrol", code)
    second.lock()
    return World(
        closed=closed,
        live=live,
        manual_backup=manual,
        final=final,
        history=history,
        last_commit_starts_at=wal_before,
        certificate_pages=(size_before, size_after),
        certificate=certificate,
        record_id=record_id,
        bundle=bundle,
        importer=importer,
    )


# --- damage -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Damage:
    data: bytes
    first: int  # first damaged offset
    truncated: bool
    what: str


def damage(data: bytes, rng: random.Random, within: tuple[int, int] | None = None) -> Damage:
    """1 to 3 changed bytes (or one truncation, one case in five) at seeded places."""
    low, high = within or (0, len(data))
    if rng.random() < 0.2 and within is None:
        cut = rng.randrange(len(data))
        return Damage(data[:cut], cut, True, f"cut at {cut}")
    changed = bytearray(data)
    places = sorted(rng.randrange(low, high) for _ in range(rng.randint(1, 3)))
    for place in places:
        changed[place] ^= rng.randrange(1, 256)
    return Damage(bytes(changed), places[0], False, f"bytes changed at {places}")


def damaged_copy(source: Path, target: Path) -> Path:
    shutil.copytree(source, target)
    return target


# --- outcomes ---------------------------------------------------------------------------


class Tally:
    def __init__(self) -> None:
        self.kinds: dict[str, Counter[str]] = {}
        self.problems: list[str] = []

    def count(self, kind: str, outcome: str, what: str = "") -> None:
        tally = self.kinds.setdefault(
            kind, Counter({"detected": 0, "recovered": 0, "silently wrong": 0, "crashes": 0})
        )
        tally["cases"] += 1
        tally[outcome] += 1
        if outcome in ("silently wrong", "crashes"):
            self.problems.append(f"{kind}: {outcome}: {what}")

    def note(self, kind: str, what: str) -> None:
        """Something more about a case already counted (a restore after detection)."""
        self.kinds[kind][what] += 1

    def check(self, capsys: pytest.CaptureFixture[str], title: str) -> None:
        report(capsys, title, self.kinds)
        assert self.problems == []


def one_sentence(message: str) -> bool:
    return bool(message.strip()) and "\n" not in message.strip() and "Traceback" not in message


def open_vault(folder: Path) -> tuple[str, UnlockedVault | None, str]:
    """("detected", None, message) / ("opened", vault, "") / ("crashes", None, traceback)."""
    try:
        return "opened", Vault(folder).unlock(USER, PASSPHRASE), ""
    except KnownError as error:
        if not one_sentence(error.message):
            return "crashes", None, f"unclear message {error.message!r}"
        return "detected", None, error.message
    except Exception:  # noqa: BLE001 - the test counts any other exception as a crash
        return "crashes", None, traceback.format_exc()


def read_back(unlocked: UnlockedVault) -> Snapshot | str:
    try:
        return snapshot(unlocked)
    except Exception:  # noqa: BLE001 - reading an opened vault must never fail
        return traceback.format_exc()
    finally:
        unlocked.lock()


def restores_the_same_data(world: World, backup: Path, target: Path) -> bool:
    restore_into_empty_folder(target, backup, USER, PASSPHRASE)
    unlocked = Vault(target).unlock(USER, PASSPHRASE)
    try:
        return snapshot(unlocked) == world.final
    finally:
        unlocked.lock()


def run_cli(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str]:
    capsys.readouterr()
    code = main([str(a) for a in args])
    return code, capsys.readouterr().err


# --- the cases ----------------------------------------------------------------------------


def database_cases(
    world: World, tmp: Path, rng: random.Random, tally: Tally, count: int, recover_every: int
) -> None:
    """vault.db of a vault closed normally: refused as damaged, then restored from the
    manual backup (every `recover_every`-th case) with the same data back."""
    for number in range(count):
        folder = damaged_copy(world.closed, tmp / f"db-{number}")
        hurt = damage((folder / "vault.db").read_bytes(), rng)
        (folder / "vault.db").write_bytes(hurt.data)
        outcome, unlocked, detail = open_vault(folder)
        if outcome == "opened":
            assert unlocked is not None
            same = read_back(unlocked) == world.final
            tally.count("vault.db", "recovered" if same else "silently wrong", hurt.what)
        else:
            tally.count("vault.db", outcome, f"{hurt.what}: {detail}")
            if outcome == "detected" and number % recover_every == 0:
                back = restores_the_same_data(world, world.manual_backup, tmp / f"back-{number}")
                tally.note("vault.db", "then restored, same data" if back else "restore differs")
                assert back, "restoring the backup didn't give back the same data"

        shutil.rmtree(folder)


def wal_cases(world: World, tmp: Path, rng: random.Random, tally: Tally, count: int) -> None:
    """The WAL a crash left: refused as damaged, or replayed in full; a log cut short or
    damaged in its last transaction may open as it was after an earlier commit."""
    # controls: the log as the crash left it replays in full, and one whose last
    # transaction was torn (a crash while committing it) opens without it
    for name, keep in (("whole", None), ("torn", world.last_commit_starts_at + 1000)):
        folder = damaged_copy(world.live, tmp / f"wal-{name}")
        wal = folder / "vault.db-wal"
        wal.write_bytes(wal.read_bytes()[:keep])
        _outcome, unlocked, detail = open_vault(folder)
        assert unlocked is not None, detail
        assert read_back(unlocked) == (world.final if keep is None else world.history[-2])
        shutil.rmtree(folder)
    for number in range(count):
        folder = damaged_copy(world.live, tmp / f"wal-{number}")
        wal = folder / "vault.db-wal"
        hurt = damage(wal.read_bytes(), rng)
        wal.write_bytes(hurt.data)
        outcome, unlocked, detail = open_vault(folder)
        if outcome == "opened":
            assert unlocked is not None
            seen = read_back(unlocked)
            like_a_crash = hurt.truncated or hurt.first >= world.last_commit_starts_at
            if seen == world.final:
                tally.count("vault.db-wal", "recovered")
            elif like_a_crash and seen in world.history:
                tally.count("vault.db-wal", "rolled back as after a crash")
            else:
                tally.count("vault.db-wal", "silently wrong", hurt.what)
        else:
            tally.count("vault.db-wal", outcome, f"{hurt.what}: {detail}")
        shutil.rmtree(folder)


def key_file_cases(world: World, tmp: Path, rng: random.Random, tally: Tally, count: int) -> None:
    """One damaged copy is repaired from the other; both damaged: a clear sentence."""
    original = (world.closed / PRIMARY_NAME).read_bytes()
    for number in range(count):
        folder = damaged_copy(world.closed, tmp / f"slots-{number}")
        both = number % 4 == 3
        names = [PRIMARY_NAME, COPY_NAME] if both else [rng.choice([PRIMARY_NAME, COPY_NAME])]
        kind = "key slots, both copies" if both else "key slots, one copy"
        whats = []
        for name in names:
            hurt = damage(original, rng)
            (folder / name).write_bytes(hurt.data)
            whats.append(f"{name} {hurt.what}")
        outcome, unlocked, detail = open_vault(folder)
        if outcome == "opened":
            assert unlocked is not None
            same = read_back(unlocked) == world.final
            # a damaged copy must be written back whole (a harmless change, like a
            # space for a newline, may stay: it still reads as the same slots)
            repaired = all(
                Vault(folder).slots._read(folder / name) is not None
                for name in (PRIMARY_NAME, COPY_NAME)
            )
            tally.count(kind, "recovered" if same and repaired else "silently wrong", str(whats))
        else:
            tally.count(kind, outcome, f"{whats}: {detail}")
        shutil.rmtree(folder)


def backup_cases(
    world: World,
    tmp: Path,
    rng: random.Random,
    tally: Tally,
    count: int,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`peerdesk restore` of a damaged backup, into the vault or into an empty folder:
    exit 4 or 5 and one sentence, and the vault as it was."""
    automatic = backups.auto_backups(world.closed / "backups")[-1]
    for number in range(count):
        source = world.manual_backup if number % 2 else automatic
        kind = "manual backup" if number % 2 else "automatic backup"
        hurt = damage(source.read_bytes(), rng)
        bad = tmp / f"bad-{number}{backups.SUFFIX}"
        bad.write_bytes(hurt.data)
        secret = tmp / "passphrase.txt"
        secret.write_text(PASSPHRASE + "\n")
        into_empty = number % 4 < 2
        folder = tmp / f"restore-{number}"
        if not into_empty:
            damaged_copy(world.closed, folder)
        code, err = run_cli(
            capsys, "restore", bad, "--vault", folder, "--user", USER, "--passphrase-file", secret
        )
        if code in (4, 5) and one_sentence(err):
            tally.count(kind, "detected")
        elif code == 0:
            # accepted: only right if it gives back exactly the backed-up data
            seen = read_back(Vault(folder).unlock(USER, PASSPHRASE))
            expected = world.final if source == world.manual_backup else world.history[0]
            tally.count(kind, "recovered" if seen == expected else "silently wrong", hurt.what)
        else:
            tally.count(kind, "crashes", f"{hurt.what}: exit {code}: {err}")
        if not into_empty and code != 0:
            _outcome, reopened, detail = open_vault(folder)
            if reopened is None or read_back(reopened) != world.final:
                tally.note(kind, "silently wrong")
                tally.problems.append(f"{kind}: a refused restore changed the vault: {detail}")
        shutil.rmtree(folder, ignore_errors=True)


def bundle_cases(world: World, tmp: Path, rng: random.Random, tally: Tally, count: int) -> None:
    """A damaged USB bundle is refused with a sentence and changes nothing."""
    folder = damaged_copy(world.importer, tmp / "importer")
    unlocked = Vault(folder).unlock("second-user", PASSPHRASE)
    try:
        sync = SyncService(unlocked)
        before = snapshot(unlocked)
        data = world.bundle.read_bytes()
        for number in range(count):
            hurt = damage(data, rng)
            bad = tmp / f"bad-{number}.pdbundle"
            bad.write_bytes(hurt.data)
            try:
                sync.import_bundle(bad)
            except KnownError as error:
                unchanged = snapshot(unlocked) == before
                if one_sentence(error.message) and unchanged:
                    tally.count("USB bundle", "detected")
                else:
                    tally.count("USB bundle", "silently wrong", f"{hurt.what}: {error.message}")
            except Exception:  # noqa: BLE001 - any other exception is a crash
                tally.count("USB bundle", "crashes", f"{hurt.what}: {traceback.format_exc()}")
            else:
                tally.count("USB bundle", "silently wrong", f"accepted: {hurt.what}")
    finally:
        unlocked.lock()


def certificate_page_cases(
    world: World, tmp: Path, rng: random.Random, tally: Tally, count: int
) -> None:
    """Changed bytes in the database pages that hold the certificate: damaged."""
    for number in range(count):
        folder = damaged_copy(world.closed, tmp / f"cert-{number}")
        db = folder / "vault.db"
        hurt = damage(db.read_bytes(), rng, within=world.certificate_pages)
        db.write_bytes(hurt.data)
        outcome, unlocked, detail = open_vault(folder)
        if outcome == "opened":
            assert unlocked is not None
            try:
                kept = TrainingService(unlocked).certificate(world.record_id)
            finally:
                same = read_back(unlocked) == world.final
            good = same and kept is not None and kept[2] == world.certificate
            tally.count("certificate in the vault", "recovered" if good else "silently wrong")
        else:
            tally.count("certificate in the vault", outcome, f"{hurt.what}: {detail}")
        shutil.rmtree(folder)


def damaged_pdf_cases(world: World, rng: random.Random, tally: Tally, count: int) -> None:
    """A damaged PDF chosen as a certificate: drawn as pages or refused as unreadable
    (the certificate window then says so), never another exception."""
    from peerdesk.ui.certificate_window import UnreadableCertificate, certificate_pages

    for _number in range(count):
        hurt = damage(world.certificate, rng)
        try:
            pages = certificate_pages("application/pdf", hurt.data)
        except UnreadableCertificate:
            tally.count("damaged PDF certificate", "detected")
        except Exception:  # noqa: BLE001 - any other exception is a crash
            tally.count("damaged PDF certificate", "crashes", traceback.format_exc())
        else:
            # PDFium repairs what it can; drawing something is what a viewer does
            outcome = "recovered" if pages else "detected"
            tally.count("damaged PDF certificate", outcome)


def run_all(
    world: World,
    tmp: Path,
    capsys: pytest.CaptureFixture[str],
    seed: int,
    scale: int,
    title: str,
) -> None:
    rng = random.Random(seed)
    tally = Tally()
    steps: list[Callable[[], None]] = [
        lambda: database_cases(world, tmp, rng, tally, 6 * scale, recover_every=3),
        lambda: wal_cases(world, tmp, rng, tally, 10 * scale),
        lambda: key_file_cases(world, tmp, rng, tally, 8 * scale),
        lambda: backup_cases(world, tmp, rng, tally, 6 * scale, capsys),
        lambda: bundle_cases(world, tmp, rng, tally, 10 * scale),
        lambda: certificate_page_cases(world, tmp, rng, tally, 4 * scale),
        lambda: damaged_pdf_cases(world, rng, tally, 20 * scale),
    ]
    for step in steps:
        step()
    tally.check(capsys, title)


def test_damaged_files_are_refused_or_recovered(
    world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run_all(world, tmp_path, capsys, seed=9, scale=1, title="corruption (fast)")


@pytest.mark.slow
def test_damaged_files_are_refused_or_recovered_many_times(
    world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run_all(world, tmp_path, capsys, seed=90, scale=25, title="corruption (slow)")
