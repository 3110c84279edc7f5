"""The `peerdesk` command line (DESIGN.md section 6).

Exit codes: 0 done; 2 usage; 3 wrong passphrase or unknown user; 4 invalid input
(nothing was changed); 5 damaged vault or failed integrity check. Errors are one
sentence on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import getpass
import os
import shutil
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TextIO

from peerdesk import __version__, crash_report
from peerdesk.config import ENV_NEW_PASSPHRASE, ENV_PASSPHRASE, default_vault_dir
from peerdesk.db.models import Role
from peerdesk.errors import (
    DamagedVault,
    InvalidInput,
    KnownError,
    PermissionDenied,
    UsageError,
    disk_problem,
)
from peerdesk.services.csv_files import CsvError, DateOrder
from peerdesk.services.erasure import ErasureService, find_participant_id
from peerdesk.services.exports import KINDS as EXPORT_KINDS
from peerdesk.services.exports import Exporter
from peerdesk.services.imports import SPECS as IMPORT_KINDS
from peerdesk.services.imports import Importer
from peerdesk.services.users import UserService, parse_role
from peerdesk.vault.vault import UnlockedVault, Vault, restore_into_empty_folder

if TYPE_CHECKING:  # reports bring reportlab: imported only when a report is asked for
    from peerdesk.services.reports import BuiltReport, ReportKind, ReportRequest
    from peerdesk.sync.service import SyncService


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(2, f"peerdesk: {message}. See '{self.prog} --help'.\n")


def _common_options(suppress: bool) -> _Parser:
    """--vault, --user and --passphrase-file, accepted before or after the subcommand."""
    parent = _Parser(add_help=False)
    default = argparse.SUPPRESS if suppress else None
    parent.add_argument(
        "--vault",
        type=Path,
        default=default,
        metavar="DIR",
        help="the vault folder (default: $PEERDESK_VAULT or your data folder)",
    )
    parent.add_argument("--user", default=default, metavar="NAME", help="who is signing in")
    parent.add_argument(
        "--passphrase-file",
        type=Path,
        default=default,
        metavar="F",
        help="read the passphrase from this file (else $PEERDESK_PASSPHRASE or a prompt)",
    )
    return parent


def _new_passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--new-passphrase-file",
        type=Path,
        metavar="F",
        help="read the new passphrase from this file (else "
        "$PEERDESK_NEW_PASSPHRASE or a prompt asked twice)",
    )


def build_parser() -> argparse.ArgumentParser:
    common = _common_options(suppress=True)
    parser = _Parser(
        prog="peerdesk",
        parents=[_common_options(suppress=False)],
        description="PeerDesk keeps a peer support program's caseloads, groups "
        "and training records encrypted on this computer. Run "
        "without a command to open the app.",
    )
    parser.add_argument("--version", action="version", version=f"PeerDesk {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check that PeerDesk works on this computer (a vault in a temporary folder, "
        "a report, the sign-in window) and exit",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def command(
        name: str,
        help_text: str,
        handler: Callable[[argparse.Namespace], int],
        within: argparse._SubParsersAction | None = None,
    ) -> argparse.ArgumentParser:
        sub = (within or commands).add_parser(
            name, help=help_text, description=help_text, parents=[common]
        )
        sub.set_defaults(handler=handler)
        return sub

    init = command("init", "create a new vault with its first user (a coordinator)", cmd_init)
    init.add_argument(
        "--role",
        default="coordinator",
        help="the first user's role (must be coordinator, so someone can add the others)",
    )
    init.add_argument("--organisation", default="", help="your program's name")
    _new_passphrase_option(init)

    user = commands.add_parser(
        "user", help="add, list or remove users; change a passphrase", parents=[common]
    )
    user_commands = user.add_subparsers(
        dest="user_command", metavar="ACTION", parser_class=_Parser, required=True
    )
    add = command("add", "add a user (coordinators only)", cmd_user_add, user_commands)
    add.add_argument("name", metavar="NAME")
    add.add_argument("--role", required=True, help="facilitator, peer or coordinator")
    _new_passphrase_option(add)
    passwd = command(
        "passwd",
        "change your passphrase, or (coordinator) someone else's",
        cmd_user_passwd,
        user_commands,
    )
    passwd.add_argument("name", metavar="NAME", nargs="?")
    _new_passphrase_option(passwd)
    command("list", "list the users and their roles", cmd_user_list, user_commands)
    role = command("role", "change a user's role (coordinators only)", cmd_user_role, user_commands)
    role.add_argument("name", metavar="NAME")
    role.add_argument("--role", required=True, help="facilitator, peer or coordinator")
    remove = command("remove", "remove a user (coordinators only)", cmd_user_remove, user_commands)
    remove.add_argument("name", metavar="NAME")

    recover = command(
        "recover", "set a new passphrase for a user with the recovery key", cmd_recover
    )
    recover.add_argument(
        "--recovery-key-file",
        type=Path,
        metavar="F",
        help="read the recovery key from this file (else a prompt)",
    )
    _new_passphrase_option(recover)

    command("check", "check the key file, the data's integrity and the schema", cmd_check)
    backup = command("backup", "write an encrypted backup of the vault to FILE", cmd_backup)
    backup.add_argument("file", type=Path, metavar="FILE")
    restore = command(
        "restore",
        "replace the vault's data with a backup (coordinators "
        "only); the current data is kept as a backup",
        cmd_restore,
    )
    restore.add_argument("file", type=Path, metavar="FILE")

    imports = command(
        "import", "add or update records from a CSV file (all or nothing)", cmd_import
    )
    imports.add_argument(
        "kind", choices=list(IMPORT_KINDS), metavar="KIND", help=", ".join(IMPORT_KINDS)
    )
    imports.add_argument("file", type=Path, metavar="FILE.csv")
    imports.add_argument(
        "--dry-run", action="store_true", help="check the file and report, saving nothing"
    )
    imports.add_argument(
        "--date-format",
        choices=[o.value for o in DateOrder],
        help="how the file writes dates, when PeerDesk can't tell",
    )
    exports = command("export", "write records to a CSV file", cmd_export)
    exports.add_argument(
        "kind", choices=list(EXPORT_KINDS), metavar="KIND", help=", ".join(EXPORT_KINDS)
    )
    exports.add_argument("file", type=Path, metavar="FILE.csv")
    exports.add_argument(
        "--deidentified",
        action="store_true",
        help="leave out names, contact details, birth dates and notes, and "
        "use pseudonyms instead of participant ids",
    )
    report = commands.add_parser(
        "report",
        help="write a report as a PDF file",
        description="write a report as a PDF file",
        parents=[common],
        formatter_class=_ReportHelp,
    )
    report.set_defaults(handler=cmd_report)
    # The kinds come from the report catalogue, loaded only when a report is asked for:
    # it brings reportlab, which adds a third of a second to every start.
    report.add_argument("kind", type=_report_kind, metavar="KIND", help=REPORT_KIND_HELP)
    report.add_argument(
        "--out", type=Path, required=True, metavar="FILE.pdf", help="where to write it"
    )
    report.add_argument(
        "--from",
        dest="start",
        metavar="DATE",
        help="the first day of the period, as YYYY-MM-DD (attendance, participant, ...)",
    )
    report.add_argument(
        "--to",
        metavar="DATE",
        help="the last day of the period, as YYYY-MM-DD; for training, the day the "
        "report is as of (default: today)",
    )
    report.add_argument("--peer", metavar="NAME", help="one peer's caseload (caseload)")
    report.add_argument("--group", metavar="NAME", help="the group (attendance, signin-sheet)")
    report.add_argument(
        "--participant",
        metavar="ID",
        help="the participant's id, as in your spreadsheets (participant)",
    )
    report.add_argument(
        "--plain",
        action="store_true",
        help="the version written for the participant to keep (participant)",
    )
    report.add_argument(
        "--date",
        metavar="DATE",
        help="the day, as YYYY-MM-DD (signin-sheet; default: today)",
    )
    report.add_argument(
        "--paper", choices=["a4", "letter"], default="a4", help="paper size (default a4)"
    )
    erase = command("erase", "erase a participant everywhere (coordinators only)", cmd_erase)
    erase.add_argument(
        "--participant",
        required=True,
        metavar="ID",
        help="the participant's id (as in your spreadsheets)",
    )
    erase.add_argument(
        "--reason",
        required=True,
        metavar="TEXT",
        help="why, for the audit log (please don't include names)",
    )
    demo = command("demo", "create a vault full of made-up data to explore", cmd_demo)
    demo.add_argument(
        "--participants",
        type=int,
        default=60,
        metavar="N",
        help="how many made-up participants (default 60)",
    )
    metrics = command(
        "metrics",
        "print the program metrics for a period as JSON (coordinators only)",
        cmd_metrics,
    )
    metrics.add_argument(
        "--from", dest="start", metavar="DATE", help="the first day, as YYYY-MM-DD"
    )
    metrics.add_argument("--to", dest="end", metavar="DATE", help="the last day, as YYYY-MM-DD")
    metrics.add_argument(
        "--by",
        choices=["peer", "group", "language", "referral-source"],
        help="the same figures for each peer, group, preferred language or referral source",
    )
    _sync_commands(commands, command, common)
    return parser


def _sync_commands(
    commands: argparse._SubParsersAction,
    command: Callable[..., argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    sync = command("sync", "send and receive changes through the sync hub now", cmd_sync)
    sync_actions = sync.add_subparsers(dest="sync_command", metavar="ACTION", parser_class=_Parser)
    setup = command(
        "setup",
        "join this vault's program to a newly started hub (coordinators only)",
        cmd_sync_setup,
        sync_actions,
    )
    setup.add_argument("--hub", required=True, metavar="URL", help="the hub's address")
    setup.add_argument(
        "--token", required=True, metavar="TOKEN", help="the setup token the hub printed"
    )
    setup.add_argument("--name", default="", help="a name for this computer")
    command(
        "review", "list changes that need a person to look at them", cmd_sync_review, sync_actions
    )
    device = commands.add_parser(
        "device",
        help="add, list or remove the computers that sync (coordinators only)",
        parents=[common],
    )
    device_actions = device.add_subparsers(
        dest="device_command", metavar="ACTION", parser_class=_Parser, required=True
    )
    add = command(
        "add", "make an enrolment file for a new computer", cmd_device_add, device_actions
    )
    add.add_argument("name", metavar="NAME", help="a name for the computer, e.g. 'Pia laptop'")
    add.add_argument("--role", required=True, help="facilitator, peer or coordinator")
    add.add_argument("--out", required=True, type=Path, metavar="FILE")
    command("list", "list the program's computers", cmd_device_list, device_actions)
    revoke = command("revoke", "stop a computer from syncing", cmd_device_revoke, device_actions)
    revoke.add_argument("name", metavar="NAME")
    enroll = command(
        "enroll", "join this computer to the program with an enrolment file", cmd_enroll
    )
    enroll.add_argument("file", type=Path, metavar="FILE")
    enroll.add_argument("--code", help="the one-time code (asked for when not given)")
    bundle = commands.add_parser("bundle", help="move changes on a USB stick", parents=[common])
    bundle_actions = bundle.add_subparsers(
        dest="bundle_command", metavar="ACTION", parser_class=_Parser, required=True
    )
    export = command(
        "export",
        "write everything this computer holds to a bundle file",
        cmd_bundle_export,
        bundle_actions,
    )
    export.add_argument("file", type=Path, metavar="FILE")
    import_ = command(
        "import", "bring in a bundle from another computer", cmd_bundle_import, bundle_actions
    )
    import_.add_argument("file", type=Path, metavar="FILE")


# --- passphrases ------------------------------------------------------------------------


def _read_secret_file(path: Path, what: str) -> str:
    try:
        return path.read_text(encoding="utf-8").rstrip("\r\n")
    except FileNotFoundError:
        raise UsageError(f"The {what} file {path} doesn't exist.") from None
    except (OSError, UnicodeDecodeError):
        raise UsageError(f"The {what} file {path} can't be read.") from None


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def read_passphrase(args: argparse.Namespace, user: str) -> str:
    if args.passphrase_file is not None:
        return _read_secret_file(args.passphrase_file, "passphrase")
    if ENV_PASSPHRASE in os.environ:
        return os.environ[ENV_PASSPHRASE]
    if _interactive():
        return getpass.getpass(f"Passphrase for {user}: ")
    raise UsageError("No passphrase given. Use --passphrase-file or set PEERDESK_PASSPHRASE.")


def read_new_passphrase(args: argparse.Namespace, user: str, *, allow_current: bool = False) -> str:
    """A new passphrase: --new-passphrase-file, $PEERDESK_NEW_PASSPHRASE, or asked twice.
    `allow_current` (init) also accepts --passphrase-file and $PEERDESK_PASSPHRASE."""
    if getattr(args, "new_passphrase_file", None) is not None:
        return _read_secret_file(args.new_passphrase_file, "new passphrase")
    if allow_current and args.passphrase_file is not None:
        return _read_secret_file(args.passphrase_file, "passphrase")
    if ENV_NEW_PASSPHRASE in os.environ:
        return os.environ[ENV_NEW_PASSPHRASE]
    if allow_current and ENV_PASSPHRASE in os.environ:
        return os.environ[ENV_PASSPHRASE]
    if not _interactive():
        raise UsageError(
            "No new passphrase given. Use --new-passphrase-file or set PEERDESK_NEW_PASSPHRASE."
        )
    first = getpass.getpass(f"New passphrase for {user}: ")
    if getpass.getpass("Type it again: ") != first:
        raise InvalidInput("The two passphrases didn't match. Nothing was changed.")
    return first


# --- helpers ----------------------------------------------------------------------------


def _vault(args: argparse.Namespace) -> Vault:
    return Vault(args.vault if args.vault is not None else default_vault_dir())


def _require_user(args: argparse.Namespace) -> str:
    if not args.user:
        raise UsageError("Say who you are with --user NAME.")
    return str(args.user)


def _unlock(args: argparse.Namespace) -> UnlockedVault:
    vault = _vault(args)
    user = _require_user(args)
    vault.require_exists()  # say "no vault here" before asking for a passphrase
    return vault.unlock(user, read_passphrase(args, user))


def _say(text: str, stream: TextIO | None = None) -> None:
    print(text, file=stream or sys.stdout)


# --- commands ---------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> int:
    vault = _vault(args)
    user = _require_user(args)
    if parse_role(args.role) is not Role.COORDINATOR:
        raise InvalidInput("The first user must be a coordinator, so someone can add the others.")
    if vault.exists():
        raise InvalidInput(f"There is already a vault in {vault.directory}.")
    passphrase = read_new_passphrase(args, user, allow_current=True)
    unlocked, printed_key = vault.create(user, Role.COORDINATOR, passphrase, args.organisation)
    unlocked.lock()
    _say(
        f"Created a vault in {vault.directory} for {user} (coordinator).\n\n"
        "Your recovery key is below. Write it down or print it, and keep it somewhere safe\n"
        "away from this computer. It is shown only this once. Anyone who has it can open\n"
        "the vault, and it is the only way back in if every passphrase is forgotten.\n\n"
        f"    {printed_key}\n"
    )
    return 0


def cmd_user_add(args: argparse.Namespace) -> int:
    role = parse_role(args.role)
    unlocked = _unlock(args)
    try:
        service = UserService(unlocked)
        service.require_coordinator("add users")
        passphrase = read_new_passphrase(args, args.name)
        added = service.add_user(args.name, role, passphrase)
    finally:
        unlocked.lock()
    _say(f"Added {added.name} as {added.role.value}.")
    return 0


def cmd_user_passwd(args: argparse.Namespace) -> int:
    unlocked = _unlock(args)
    try:
        assert unlocked.user is not None
        name = args.name or unlocked.user.name
        service = UserService(unlocked)
        if name.casefold() != unlocked.user.name.casefold():
            service.require_coordinator("change another person's passphrase")
        service.change_passphrase(name, read_new_passphrase(args, name))
    finally:
        unlocked.lock()
    _say(f"Changed the passphrase for {name}.")
    return 0


def cmd_user_list(args: argparse.Namespace) -> int:
    unlocked = _unlock(args)
    try:
        users = UserService(unlocked).list_users()
    finally:
        unlocked.lock()
    width = max(len(u.name) for u in users)
    for u in users:
        _say(f"{u.name:<{width}}  {u.role.value:<11}  added {u.created_at:%Y-%m-%d}")
    return 0


def cmd_user_role(args: argparse.Namespace) -> int:
    role = parse_role(args.role)
    unlocked = _unlock(args)
    try:
        UserService(unlocked).change_role(args.name, role)
    finally:
        unlocked.lock()
    _say(f"{args.name} is now a {role.value}. Their training requirements follow the new role.")
    return 0


def cmd_user_remove(args: argparse.Namespace) -> int:
    unlocked = _unlock(args)
    try:
        UserService(unlocked).remove_user(args.name)
    finally:
        unlocked.lock()
    _say(f"Removed {args.name}. They can no longer open this vault.")
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    vault = _vault(args)
    user = _require_user(args)
    vault.require_exists()
    if args.recovery_key_file is not None:
        typed = _read_secret_file(args.recovery_key_file, "recovery key")
    elif _interactive():
        typed = input("Recovery key (the groups of letters and digits on the sheet): ")
    else:
        raise UsageError("No recovery key given. Use --recovery-key-file.")
    unlocked = vault.unlock_with_recovery_key(typed)
    try:
        service = UserService(unlocked)
        unlocked.find_user(user)  # say "no such user" before asking for a passphrase
        service.recover(user, read_new_passphrase(args, user))
    finally:
        unlocked.lock()
    _say(f"Set a new passphrase for {user}. Keep the recovery sheet safe; it still works.")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    unlocked = _unlock(args)
    try:
        report = unlocked.check()
    finally:
        unlocked.lock()
    _say(
        "Key file: "
        + (
            "one copy was damaged and has been repaired from the other."
            if report.key_file_repaired
            else "both copies are good."
        )
    )
    if report.integrity_problems:
        _say(f"Data: {len(report.integrity_problems)} damaged part(s) found.")
    else:
        _say("Data: every page passed the integrity check.")
    _say(
        f"Schema: version {report.schema_revision}"
        + (" (current)." if report.schema_is_current else " (needs an upgrade).")
    )
    if report.integrity_problems:
        raise DamagedVault(
            "The vault's data is damaged. Restore the newest backup with 'peerdesk restore'."
        )
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    target: Path = args.file
    if target.exists():
        raise InvalidInput(f"{target} already exists. Choose a new file name.")
    if not target.parent.is_dir():
        raise InvalidInput(f"The folder {target.parent} doesn't exist.")
    unlocked = _unlock(args)
    try:
        unlocked.backup_to(target)
    finally:
        unlocked.lock()
    _say(
        f"Wrote an encrypted backup to {target} ({target.stat().st_size // 1024} KiB). "
        "It opens only with a passphrase or the recovery key of this vault."
    )
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    vault = _vault(args)
    user = _require_user(args)
    if not vault.exists():
        restore_into_empty_folder(vault.directory, args.file, user, read_passphrase(args, user))
        _say(f"Restored the vault in {vault.directory} from {args.file}.")
        return 0
    passphrase = read_passphrase(args, user)
    try:
        unlocked = vault.unlock(user, passphrase)
    except DamagedVault:
        # The vault can't be opened: keep it aside, untouched, and rebuild the folder
        # from the backup (which proves the passphrase itself).
        aside = vault.directory.with_name(
            f"{vault.directory.name}.damaged-{datetime.now():%Y%m%d-%H%M%S}"
        )
        vault.directory.rename(aside)
        try:
            restore_into_empty_folder(vault.directory, args.file, user, passphrase)
        except BaseException:
            if vault.directory.exists():
                shutil.rmtree(vault.directory)
            aside.rename(vault.directory)  # put the damaged vault back as it was
            raise
        _say(
            f"The vault couldn't be opened, so it was moved to {aside} as it was, and "
            f"{vault.directory} was restored from {args.file}."
        )
        return 0
    try:
        if unlocked.user is None or unlocked.user.role is not Role.COORDINATOR:
            raise PermissionDenied("Only a coordinator can restore a backup. Nothing was changed.")
        safety = unlocked.restore_from(args.file)
    finally:
        unlocked.lock()
    _say(f"Restored the vault from {args.file}. The data as it was before is kept in {safety}.")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    try:
        data = args.file.read_bytes()
    except OSError:
        raise InvalidInput(f"The file {args.file} can't be read.") from None
    unlocked = _unlock(args)
    try:
        order = DateOrder(args.date_format) if args.date_format else None
        summary = Importer(unlocked).run(args.kind, data, dry_run=args.dry_run, date_format=order)
    finally:
        unlocked.lock()
    for warning in summary.warnings:
        _say(f"Note: {warning}")
    _say(summary.describe())
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    unlocked = _unlock(args)
    try:
        summary = Exporter(unlocked).export(args.kind, args.file, deidentified=args.deidentified)
    finally:
        unlocked.lock()
    what = "de-identified " if summary.deidentified else ""
    _say(
        f"Wrote {summary.rows} {what}{summary.kind} rows to {summary.path}. "
        "This file is not encrypted: keep it safe and delete it when you're done."
    )
    return 0


def _parse_date(text: str | None, option: str) -> date | None:
    if text is None:
        return None
    try:
        return datetime.strptime(text.strip(), "%Y-%m-%d").date()
    except ValueError:
        raise UsageError(
            f"{option} {text} isn't a date PeerDesk can read. Write it as YYYY-MM-DD, "
            "for example 2026-11-19."
        ) from None


REPORT_KIND_HELP = "which report (see below)"


def _report_kinds() -> dict[str, ReportKind]:
    from peerdesk.services.reports import catalogue

    return catalogue()


def _report_kind(name: str) -> str:
    """KIND, checked against the catalogue as the command line is read."""
    kinds = _report_kinds()
    if name not in kinds:
        raise argparse.ArgumentTypeError(
            f"there's no report called '{name}'; choose {', '.join(kinds)}"
        )
    return name


class _ReportHelp(argparse.HelpFormatter):
    """`peerdesk report --help` lists the reports from the catalogue."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        if action.dest == "kind":
            kinds = ", ".join(_report_kinds())
            return f"which report: {kinds}".replace("%", "%%")
        return action.help


# What to say after writing a report that holds participants' details, by kind.
_NAMES_PARTICIPANTS = "It names participants: keep it private and shred it when you're done."
_REPORT_CAUTIONS = {
    "caseload": _NAMES_PARTICIPANTS,
    "attendance": _NAMES_PARTICIPANTS,
    "participant": _NAMES_PARTICIPANTS,
    "signin-sheet": "It lists names: keep it private and shred it once entered.",
    "training": "It holds staff records: keep it within the program.",
    "program": "It holds no names or contact details.",
}


def _pages(count: int) -> str:
    return f"{count} page{'s' if count != 1 else ''}"


def _report_request(args: argparse.Namespace) -> ReportRequest:
    """The request the options make, checked for what the kind needs (a usage error,
    before the passphrase is asked for)."""
    from peerdesk.services.reports import NEEDED_WORDS, ReportRequest

    kind = _report_kinds()[args.kind]
    start = _parse_date(args.start, "--from")
    end = _parse_date(args.to, "--to")
    day = _parse_date(args.date, "--date")
    if args.kind == "signin-sheet":
        start = end = day
    elif args.kind == "training":
        start = end  # the day it is as of
    for need in kind.needs:
        if need == "period":
            if start is None or end is None:
                raise UsageError(NEEDED_WORDS["period"])
            if end < start:
                raise UsageError("The period ends before it starts (--to is before --from).")
        elif not (getattr(args, need) or "").strip():
            raise UsageError(NEEDED_WORDS[need])
    return ReportRequest(
        kind=args.kind,
        start=start,
        end=end,
        peer=args.peer,
        group=args.group,
        participant=args.participant,
        plain=args.plain,
        paper=args.paper,
    )


def _report_done(
    request: ReportRequest, built: BuiltReport, unlocked: UnlockedVault, out: Path, today: date
) -> str:
    """The sentence to print once the report is written."""
    from peerdesk.reports.pdf_common import long_date

    kind = _report_kinds()[request.kind]
    pages = _pages(built.pages)
    role = unlocked.user.role if unlocked.user else None
    if request.kind == "signin-sheet":
        what = (
            f"the sign-in sheet for {(request.group or '').strip()} on "
            f"{long_date(request.start or today)}"
        )
    elif request.kind == "training":
        whose = "the" if role is Role.COORDINATOR else "your"
        what = f"{whose} training and supervision report as of {long_date(request.end or today)}"
    elif request.kind == "caseload":
        if request.peer and request.peer.strip():
            whose = f"{request.peer.strip()}'s caseload"
        else:
            whose = "every peer's caseload" if role is Role.COORDINATOR else "your caseload"
        what = f"the caseload summary of {whose}"
    elif request.kind == "attendance" and request.start and request.end:
        what = (
            f"the attendance report for {(request.group or '').strip()} from "
            f"{long_date(request.start)} to {long_date(request.end)}"
        )
    else:
        what = f"the {kind.title[:1].lower()}{kind.title[1:]}"
    caution = _REPORT_CAUTIONS.get(request.kind)
    return f"Wrote {what} ({pages}) to {out}." + (f" {caution}" if caution else "")


def cmd_report(args: argparse.Namespace) -> int:
    from peerdesk.services.reports import ReportService

    request = _report_request(args)  # usage errors before the passphrase
    unlocked = _unlock(args)
    try:
        today = date.today()
        built = ReportService(unlocked, lambda: today).write(request, args.out)
        done = _report_done(request, built, unlocked, args.out, today)
    finally:
        unlocked.lock()
    _say(done)
    return 0


def cmd_erase(args: argparse.Namespace) -> int:
    unlocked = _unlock(args)
    try:
        participant = find_participant_id(unlocked, args.participant)
        result = ErasureService(unlocked).erase(participant, args.reason)
    finally:
        unlocked.lock()
    _say(
        f"Erased participant {args.participant}. Their name, details and notes are gone; "
        f"dates and counts remain for past reports. {result.backups_replaced} older "
        "automatic backup(s) held them and were replaced by a new one. Backup files or "
        "exports saved elsewhere still hold them."
    )
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from peerdesk.services.demo import build_demo_vault

    if not 1 <= args.participants <= 100_000:
        raise UsageError("Choose between 1 and 100000 participants.")
    folder = args.vault if args.vault is not None else default_vault_dir()
    made = build_demo_vault(
        folder, participants=args.participants, progress=lambda text: _say(text, sys.stderr)
    )
    names = ", ".join(f"{name} ({role})" for name, role in made.users)
    _say(
        f"Made a demo vault in {made.folder} with {made.participants} made-up participants.\n"
        f"Sign in as any of: {names}\nPassphrase for all of them: {made.passphrase}"
    )
    return 0


def cmd_metrics(args: argparse.Namespace) -> int:
    import json

    from peerdesk.services.metrics import MetricsService

    if args.start is None or args.end is None:
        raise UsageError("Say which period with --from DATE and --to DATE (as YYYY-MM-DD).")
    start = _parse_date(args.start, "--from")
    end = _parse_date(args.end, "--to")
    assert start is not None and end is not None
    if end < start:
        raise UsageError("--to must be the same day as --from or later.")
    unlocked = _unlock(args)
    try:
        service = MetricsService(unlocked)
        figures = service.breakdown(start, end, args.by) if args.by else service.compute(start, end)
        unlocked.audit("metrics_viewed", detail=f"{start} to {end}, by {args.by or 'program'}")
    finally:
        unlocked.lock()
    _say(json.dumps(figures, indent=2, ensure_ascii=False))
    return 0


def _sync_service(unlocked: UnlockedVault) -> SyncService:
    from peerdesk.sync.service import SyncService

    return SyncService(unlocked)


def _with_sync(args: argparse.Namespace, work: Callable[[SyncService], str]) -> int:
    unlocked = _unlock(args)
    try:
        message = work(_sync_service(unlocked))
    finally:
        unlocked.lock()
    _say(message)
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    def work(sync: SyncService) -> str:
        report = sync.sync_now()
        review = (
            f" {report.reviews} change(s) need someone to look at them: "
            "'peerdesk sync review' lists them."
            if report.reviews
            else ""
        )
        return f"Sent {report.pushed} and received {report.pulled} change(s).{review}"

    return _with_sync(args, work)


def cmd_sync_setup(args: argparse.Namespace) -> int:
    def work(sync: SyncService) -> str:
        sync.setup_hub(args.hub, args.token, args.name)
        return (
            f"This vault's program now syncs through {args.hub}. Add the other computers "
            "with 'peerdesk device add'."
        )

    return _with_sync(args, work)


def cmd_sync_review(args: argparse.Namespace) -> int:
    def work(sync: SyncService) -> str:
        rows = sync.reviews()
        if not rows:
            return "Nothing needs review."
        lines = []
        for row in rows:
            if row.kind == "deleted":
                lines.append(
                    f"{row.about}: deleted by {row.kept_by} while {row.other_by} "
                    f"changed {row.field}."
                )
            else:
                lines.append(
                    f"{row.about}, {row.field}: kept {row.kept_value!r} "
                    f"({row.kept_by}); also {row.other_value!r} ({row.other_by})."
                )
        return "\n".join(lines) + "\nChoose in the Sync area of the app."

    return _with_sync(args, work)


def cmd_device_add(args: argparse.Namespace) -> int:
    role = parse_role(args.role)

    def work(sync: SyncService) -> str:
        code = sync.add_device(args.name, role, args.out)
        return (
            f"Wrote the enrolment file for {args.name.strip()} to {args.out}.\n"
            f"One-time code: {code}\n"
            "Give the file and the code to the person separately (the code by phone or in "
            "person), then on their computer run: peerdesk enroll FILE"
        )

    return _with_sync(args, work)


def cmd_device_list(args: argparse.Namespace) -> int:
    def work(sync: SyncService) -> str:
        lines = []
        for d in sync.devices():
            state = "removed" if d["revoked"] else ("joined" if d["registered"] else "waiting")
            seen = f", last synced {d['last_seen'][:16]}" if d.get("last_seen") else ""
            lines.append(f"{d['name']}: {', '.join(d['scopes'])}; {state}{seen}")
        return "\n".join(lines) or "No devices yet."

    return _with_sync(args, work)


def cmd_device_revoke(args: argparse.Namespace) -> int:
    def work(sync: SyncService) -> str:
        sync.revoke(args.name)
        return f"{args.name.strip()} can no longer sync. What it holds stays on it: lock it away."

    return _with_sync(args, work)


def cmd_enroll(args: argparse.Namespace) -> int:
    code = args.code or os.environ.get("PEERDESK_ENROL_CODE")
    if not code:
        if not _interactive():
            raise UsageError("Give the one-time code with --code.")
        code = getpass.getpass("One-time code: ")

    def work(sync: SyncService) -> str:
        identity = sync.enroll(args.file, code)
        where = f" through {identity.hub_url}" if identity.hub_url else " with USB bundles"
        return f"This computer ({identity.device_name}) is enrolled and will sync{where}."

    return _with_sync(args, work)


def cmd_bundle_export(args: argparse.Namespace) -> int:
    def work(sync: SyncService) -> str:
        count = sync.export_bundle(args.file)
        return (
            f"Wrote {count} record(s) to {args.file}. It is encrypted; import it on the "
            "other computer with 'peerdesk bundle import'."
        )

    return _with_sync(args, work)


def cmd_bundle_import(args: argparse.Namespace) -> int:
    def work(sync: SyncService) -> str:
        changed, reviews = sync.import_bundle(args.file)
        review = f" {reviews} change(s) need review." if reviews else ""
        return f"Imported {args.file.name}: {changed} record(s) changed.{review}"

    return _with_sync(args, work)


def cmd_gui(args: argparse.Namespace) -> int:
    from peerdesk.app import run_gui  # Qt is imported only when the window is wanted

    return run_gui(args.vault if args.vault is not None else default_vault_dir(), args.user)


def cmd_self_test(_args: argparse.Namespace) -> int:
    from peerdesk.selftest import run_self_test

    return run_self_test()


# --- entry point ------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace], int] = getattr(args, "handler", cmd_gui)
    if args.self_test:  # before any subcommand: it needs no vault, user or passphrase
        handler = cmd_self_test
    try:
        return handler(args)
    except CsvError as error:
        print(error.message, file=sys.stderr)
        if len(error.problems) > 1:
            for problem in error.problems:
                print(f"  {problem.message}", file=sys.stderr)
        return error.exit_code
    except KnownError as error:
        print(error.message, file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("Stopped. Nothing more was changed.", file=sys.stderr)
        return 130
    except Exception as bug:  # noqa: BLE001 - the one place a bug becomes a crash report
        disk = disk_problem(bug)  # a full or failing disk under SQLite is no bug
        if disk is not None:
            print(disk.message, file=sys.stderr)
            return disk.exit_code
        report = crash_report.save(bug)
        where = f" A report without personal data was saved to {report}." if report else ""
        print(f"PeerDesk hit a problem it didn't expect and stopped.{where}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
