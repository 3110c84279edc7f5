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
from peerdesk.display import last_display
from peerdesk.errors import (
    DamagedVault,
    InvalidInput,
    KnownError,
    PermissionDenied,
    UsageError,
    disk_problem,
)
from peerdesk.i18n import (
    QT_TRANSLATE_NOOP,
    chosen_language,
    role_words,
    translate,
    use_language,
)
from peerdesk.lazy import lazy_module
from peerdesk.vault.vault import UnlockedVault, Vault, restore_into_empty_folder

if TYPE_CHECKING:  # reports bring reportlab: imported only when a report is asked for
    from peerdesk.db import models
    from peerdesk.services import csv_files
    from peerdesk.services import erasure as erasure_service
    from peerdesk.services import exports as export_service
    from peerdesk.services import imports as import_service
    from peerdesk.services import users as user_service
    from peerdesk.services.reports import BuiltReport, ReportKind, ReportRequest
    from peerdesk.sync.service import SyncService
else:  # loaded when a command needs them: `peerdesk` alone opens the window sooner
    models = lazy_module("peerdesk.db.models")
    csv_files = lazy_module("peerdesk.services.csv_files")
    erasure_service = lazy_module("peerdesk.services.erasure")
    export_service = lazy_module("peerdesk.services.exports")
    import_service = lazy_module("peerdesk.services.imports")
    user_service = lazy_module("peerdesk.services.users")


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
        "kind",
        choices=list(import_service.SPECS),
        metavar="KIND",
        help=", ".join(import_service.SPECS),
    )
    imports.add_argument("file", type=Path, metavar="FILE.csv")
    imports.add_argument(
        "--dry-run", action="store_true", help="check the file and report, saving nothing"
    )
    imports.add_argument(
        "--date-format",
        choices=[o.value for o in csv_files.DateOrder],
        help="how the file writes dates, when PeerDesk can't tell",
    )
    exports = command("export", "write records to a CSV file", cmd_export)
    exports.add_argument(
        "kind",
        choices=list(export_service.KINDS),
        metavar="KIND",
        help=", ".join(export_service.KINDS),
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


# What to say when a file holding a secret is missing or unreadable, by what it holds.
_SECRET_FILE_PROBLEMS = {
    "passphrase": (
        QT_TRANSLATE_NOOP("CommandLine", "The passphrase file {0} doesn't exist."),
        QT_TRANSLATE_NOOP("CommandLine", "The passphrase file {0} can't be read."),
    ),
    "new passphrase": (
        QT_TRANSLATE_NOOP("CommandLine", "The new passphrase file {0} doesn't exist."),
        QT_TRANSLATE_NOOP("CommandLine", "The new passphrase file {0} can't be read."),
    ),
    "recovery key": (
        QT_TRANSLATE_NOOP("CommandLine", "The recovery key file {0} doesn't exist."),
        QT_TRANSLATE_NOOP("CommandLine", "The recovery key file {0} can't be read."),
    ),
}


def _read_secret_file(path: Path, what: str) -> str:
    """`what`: "passphrase", "new passphrase" or "recovery key"."""
    missing, unreadable = _SECRET_FILE_PROBLEMS[what]
    try:
        return path.read_text(encoding="utf-8").rstrip("\r\n")
    except FileNotFoundError:
        raise UsageError(translate("CommandLine", missing).format(path)) from None
    except (OSError, UnicodeDecodeError):
        raise UsageError(translate("CommandLine", unreadable).format(path)) from None


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def read_passphrase(args: argparse.Namespace, user: str) -> str:
    if args.passphrase_file is not None:
        return _read_secret_file(args.passphrase_file, "passphrase")
    if ENV_PASSPHRASE in os.environ:
        return os.environ[ENV_PASSPHRASE]
    if _interactive():
        return getpass.getpass(translate("CommandLine", "Passphrase for {0}: ").format(user))
    raise UsageError(
        translate(
            "CommandLine", "No passphrase given. Use --passphrase-file or set PEERDESK_PASSPHRASE."
        )
    )


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
            translate(
                "CommandLine",
                "No new passphrase given. Use --new-passphrase-file or set "
                "PEERDESK_NEW_PASSPHRASE.",
            )
        )
    first = getpass.getpass(translate("CommandLine", "New passphrase for {0}: ").format(user))
    if getpass.getpass(translate("CommandLine", "Type it again: ")) != first:
        raise InvalidInput(
            translate("CommandLine", "The two passphrases didn't match. Nothing was changed.")
        )
    return first


# --- helpers ----------------------------------------------------------------------------


def _vault(args: argparse.Namespace) -> Vault:
    return Vault(args.vault if args.vault is not None else default_vault_dir())


def _require_user(args: argparse.Namespace) -> str:
    if not args.user:
        raise UsageError(translate("CommandLine", "Say who you are with --user NAME."))
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
    if user_service.parse_role(args.role) is not models.Role.COORDINATOR:
        raise InvalidInput(
            translate(
                "CommandLine",
                "The first user must be a coordinator, so someone can add the others.",
            )
        )
    if vault.exists():
        raise InvalidInput(
            translate("CommandLine", "There is already a vault in {0}.").format(vault.directory)
        )
    passphrase = read_new_passphrase(args, user, allow_current=True)
    unlocked, printed_key = vault.create(
        user, models.Role.COORDINATOR, passphrase, args.organisation
    )
    unlocked.lock()
    _say(
        translate(
            "CommandLine",
            "Created a vault in {folder} for {user} (coordinator).\n\n"
            "Your recovery key is below. Write it down or print it, and keep it somewhere safe\n"
            "away from this computer. It is shown only this once. Anyone who has it can open\n"
            "the vault, and it is the only way back in if every passphrase is forgotten.",
        ).format(folder=vault.directory, user=user)
        + f"\n\n    {printed_key}\n"
    )
    return 0


def cmd_user_add(args: argparse.Namespace) -> int:
    role = user_service.parse_role(args.role)
    unlocked = _unlock(args)
    try:
        service = user_service.UserService(unlocked)
        service.require_coordinator(translate("Access", "add users", "Only a coordinator can …"))
        passphrase = read_new_passphrase(args, args.name)
        added = service.add_user(args.name, role, passphrase)
    finally:
        unlocked.lock()
    _say(
        translate("CommandLine", "Added {name} as {role}.").format(
            name=added.name, role=role_words(added.role.value)
        )
    )
    return 0


def cmd_user_passwd(args: argparse.Namespace) -> int:
    unlocked = _unlock(args)
    try:
        assert unlocked.user is not None
        name = args.name or unlocked.user.name
        service = user_service.UserService(unlocked)
        if name.casefold() != unlocked.user.name.casefold():
            service.require_coordinator(
                translate(
                    "Access", "change another person's passphrase", "Only a coordinator can …"
                )
            )
        service.change_passphrase(name, read_new_passphrase(args, name))
    finally:
        unlocked.lock()
    _say(translate("CommandLine", "Changed the passphrase for {0}.").format(name))
    return 0


def cmd_user_list(args: argparse.Namespace) -> int:
    unlocked = _unlock(args)
    try:
        users = user_service.UserService(unlocked).list_users()
    finally:
        unlocked.lock()
    width = max(len(u.name) for u in users)
    for u in users:  # the role's code, as --role takes it
        added = translate("CommandLine", "added {0}", "user list: the day a user was added")
        _say(f"{u.name:<{width}}  {u.role.value:<11}  " + added.format(f"{u.created_at:%Y-%m-%d}"))
    return 0


def cmd_user_role(args: argparse.Namespace) -> int:
    role = user_service.parse_role(args.role)
    unlocked = _unlock(args)
    try:
        user_service.UserService(unlocked).change_role(args.name, role)
    finally:
        unlocked.lock()
    _say(
        translate(
            "CommandLine",
            "{name} is now a {role}. Their training requirements follow the new role.",
        ).format(name=args.name, role=role_words(role.value))
    )
    return 0


def cmd_user_remove(args: argparse.Namespace) -> int:
    unlocked = _unlock(args)
    try:
        user_service.UserService(unlocked).remove_user(args.name)
    finally:
        unlocked.lock()
    _say(
        translate("CommandLine", "Removed {0}. They can no longer open this vault.").format(
            args.name
        )
    )
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    vault = _vault(args)
    user = _require_user(args)
    vault.require_exists()
    if args.recovery_key_file is not None:
        typed = _read_secret_file(args.recovery_key_file, "recovery key")
    elif _interactive():
        typed = input(
            translate(
                "CommandLine", "Recovery key (the groups of letters and digits on the sheet): "
            )
        )
    else:
        raise UsageError(
            translate("CommandLine", "No recovery key given. Use --recovery-key-file.")
        )
    unlocked = vault.unlock_with_recovery_key(typed)
    try:
        service = user_service.UserService(unlocked)
        unlocked.find_user(user)  # say "no such user" before asking for a passphrase
        service.recover(user, read_new_passphrase(args, user))
    finally:
        unlocked.lock()
    _say(
        translate(
            "CommandLine",
            "Set a new passphrase for {0}. Keep the recovery sheet safe; it still works.",
        ).format(user)
    )
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    unlocked = _unlock(args)
    try:
        report = unlocked.check()
    finally:
        unlocked.lock()
    if report.key_file_repaired:
        _say(
            translate(
                "CommandLine",
                "Key file: one copy was damaged and has been repaired from the other.",
            )
        )
    else:
        _say(translate("CommandLine", "Key file: both copies are good."))
    if report.integrity_problems:
        _say(
            translate(
                "CommandLine",
                "Data: %n damaged part(s) found.",
                None,
                len(report.integrity_problems),
            )
        )
    else:
        _say(translate("CommandLine", "Data: every page passed the integrity check."))
    if report.schema_is_current:
        schema = translate("CommandLine", "Schema: version {0} (current).")
    else:
        schema = translate("CommandLine", "Schema: version {0} (needs an upgrade).")
    _say(schema.format(report.schema_revision))
    if report.integrity_problems:
        raise DamagedVault(
            translate(
                "CommandLine",
                "The vault's data is damaged. Restore the newest backup with 'peerdesk restore'.",
            )
        )
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    target: Path = args.file
    if target.exists():
        raise InvalidInput(
            translate("CommandLine", "{0} already exists. Choose a new file name.").format(target)
        )
    if not target.parent.is_dir():
        raise InvalidInput(
            translate("CommandLine", "The folder {0} doesn't exist.").format(target.parent)
        )
    unlocked = _unlock(args)
    try:
        unlocked.backup_to(target)
    finally:
        unlocked.lock()
    _say(
        translate(
            "CommandLine",
            "Wrote an encrypted backup to {file} ({size} KiB). "
            "It opens only with a passphrase or the recovery key of this vault.",
        ).format(file=target, size=target.stat().st_size // 1024)
    )
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    vault = _vault(args)
    user = _require_user(args)
    if not vault.exists():
        restore_into_empty_folder(vault.directory, args.file, user, read_passphrase(args, user))
        _say(
            translate("CommandLine", "Restored the vault in {folder} from {file}.").format(
                folder=vault.directory, file=args.file
            )
        )
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
            translate(
                "CommandLine",
                "The vault couldn't be opened, so it was moved to {aside} as it was, and "
                "{folder} was restored from {file}.",
            ).format(aside=aside, folder=vault.directory, file=args.file)
        )
        return 0
    try:
        if unlocked.user is None or unlocked.user.role is not models.Role.COORDINATOR:
            raise PermissionDenied(
                translate(
                    "CommandLine", "Only a coordinator can restore a backup. Nothing was changed."
                )
            )
        safety = unlocked.restore_from(args.file)
    finally:
        unlocked.lock()
    _say(
        translate(
            "CommandLine",
            "Restored the vault from {file}. The data as it was before is kept in {kept}.",
        ).format(file=args.file, kept=safety)
    )
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    try:
        data = args.file.read_bytes()
    except OSError:
        raise InvalidInput(
            translate("CommandLine", "The file {0} can't be read.").format(args.file)
        ) from None
    unlocked = _unlock(args)
    try:
        order = csv_files.DateOrder(args.date_format) if args.date_format else None
        summary = import_service.Importer(unlocked).run(
            args.kind, data, dry_run=args.dry_run, date_format=order
        )
    finally:
        unlocked.lock()
    for warning in summary.warnings:
        _say(translate("CommandLine", "Note: {0}").format(warning))
    _say(summary.describe())
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    unlocked = _unlock(args)
    try:
        summary = export_service.Exporter(unlocked).export(
            args.kind, args.file, deidentified=args.deidentified
        )
    finally:
        unlocked.lock()
    if summary.deidentified:
        wrote = translate(
            "CommandLine",
            "Wrote %n de-identified {kind} row(s) to {file}. "
            "This file is not encrypted: keep it safe and delete it when you're done.",
            None,
            summary.rows,
        )
    else:
        wrote = translate(
            "CommandLine",
            "Wrote %n {kind} row(s) to {file}. "
            "This file is not encrypted: keep it safe and delete it when you're done.",
            None,
            summary.rows,
        )
    _say(wrote.format(kind=summary.kind, file=summary.path))
    return 0


def _parse_date(text: str | None, option: str) -> date | None:
    if text is None:
        return None
    try:
        return datetime.strptime(text.strip(), "%Y-%m-%d").date()
    except ValueError:
        raise UsageError(
            translate(
                "CommandLine",
                "{option} {text} isn't a date PeerDesk can read. Write it as YYYY-MM-DD, "
                "for example 2026-11-19.",
            ).format(option=option, text=text)
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
_NAMES_PARTICIPANTS = QT_TRANSLATE_NOOP(
    "CommandLine", "It names participants: keep it private and shred it when you're done."
)
_REPORT_CAUTIONS = {
    "caseload": _NAMES_PARTICIPANTS,
    "attendance": _NAMES_PARTICIPANTS,
    "participant": _NAMES_PARTICIPANTS,
    "signin-sheet": QT_TRANSLATE_NOOP(
        "CommandLine", "It lists names: keep it private and shred it once entered."
    ),
    "training": QT_TRANSLATE_NOOP(
        "CommandLine", "It holds staff records: keep it within the program."
    ),
    "program": QT_TRANSLATE_NOOP("CommandLine", "It holds no names or contact details."),
}


def _pages(count: int) -> str:
    return translate("CommandLine", "%n page(s)", None, count)


def _report_request(args: argparse.Namespace) -> ReportRequest:
    """The request the options make, checked for what the kind needs (a usage error,
    before the passphrase is asked for)."""
    from peerdesk.reports.messages import needed
    from peerdesk.services.reports import ReportRequest

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
                raise UsageError(needed("period"))
            if end < start:
                raise UsageError(
                    translate(
                        "CommandLine", "The period ends before it starts (--to is before --from)."
                    )
                )
        elif not (getattr(args, need) or "").strip():
            raise UsageError(needed(need))
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
    coordinator = unlocked.user is not None and unlocked.user.role is models.Role.COORDINATOR
    group = (request.group or "").strip()
    if request.kind == "signin-sheet":
        what = translate("CommandLine", "the sign-in sheet for {group} on {day}").format(
            group=group, day=long_date(request.start or today)
        )
    elif request.kind == "training":
        if coordinator:
            what = translate("CommandLine", "the training and supervision report as of {0}")
        else:
            what = translate("CommandLine", "your training and supervision report as of {0}")
        what = what.format(long_date(request.end or today))
    elif request.kind == "caseload":
        if request.peer and request.peer.strip():
            what = translate("CommandLine", "the caseload summary of {0}'s caseload").format(
                request.peer.strip()
            )
        elif coordinator:
            what = translate("CommandLine", "the caseload summary of every peer's caseload")
        else:
            what = translate("CommandLine", "the caseload summary of your caseload")
    elif request.kind == "attendance" and request.start and request.end:
        what = translate(
            "CommandLine", "the attendance report for {group} from {start} to {end}"
        ).format(group=group, start=long_date(request.start), end=long_date(request.end))
    elif request.kind == "participant":
        what = translate("CommandLine", "the participant summary")
    elif request.kind == "program":
        what = translate("CommandLine", "the program report")
    else:
        title = translate("Reports", kind.title)
        what = translate("CommandLine", "the {0}", "a report").format(title[:1].lower() + title[1:])
    done = translate("CommandLine", "Wrote {what} ({pages}) to {file}.").format(
        what=what, pages=pages, file=out
    )
    caution = _REPORT_CAUTIONS.get(request.kind)
    return done + (" " + translate("CommandLine", caution) if caution else "")


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
        participant = erasure_service.find_participant_id(unlocked, args.participant)
        result = erasure_service.ErasureService(unlocked).erase(participant, args.reason)
    finally:
        unlocked.lock()
    _say(
        translate(
            "CommandLine",
            "Erased participant {participant}. Their name, details and notes are gone; "
            "dates and counts remain for past reports. %n older automatic backup(s) held "
            "them and were replaced by a new one. Backup files or exports saved elsewhere "
            "still hold them.",
            None,
            result.backups_replaced,
        ).format(participant=args.participant)
    )
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from peerdesk.services.demo import build_demo_vault

    if not 1 <= args.participants <= 100_000:
        raise UsageError(translate("CommandLine", "Choose between 1 and 100000 participants."))
    folder = args.vault if args.vault is not None else default_vault_dir()
    made = build_demo_vault(
        folder, participants=args.participants, progress=lambda text: _say(text, sys.stderr)
    )
    names = ", ".join(f"{name} ({role_words(role)})" for name, role in made.users)
    _say(
        translate(
            "CommandLine",
            "Made a demo vault in {folder} with %n made-up participant(s).\n"
            "Sign in as any of: {names}\nPassphrase for all of them: {passphrase}",
            None,
            made.participants,
        ).format(folder=made.folder, names=names, passphrase=made.passphrase)
    )
    return 0


def cmd_metrics(args: argparse.Namespace) -> int:
    import json

    from peerdesk.services.metrics import MetricsService

    if args.start is None or args.end is None:
        raise UsageError(
            translate(
                "CommandLine", "Say which period with --from DATE and --to DATE (as YYYY-MM-DD)."
            )
        )
    start = _parse_date(args.start, "--from")
    end = _parse_date(args.end, "--to")
    assert start is not None and end is not None
    if end < start:
        raise UsageError(translate("CommandLine", "--to must be the same day as --from or later."))
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
        said = translate(
            "CommandLine", "Sent {sent} and received %n change(s).", None, report.pulled
        ).format(sent=report.pushed)
        if report.reviews:
            said += " " + translate(
                "CommandLine",
                "%n change(s) need someone to look at them: 'peerdesk sync review' lists them.",
                None,
                report.reviews,
            )
        return said

    return _with_sync(args, work)


def cmd_sync_setup(args: argparse.Namespace) -> int:
    def work(sync: SyncService) -> str:
        sync.setup_hub(args.hub, args.token, args.name)
        return translate(
            "CommandLine",
            "This vault's program now syncs through {0}. Add the other computers "
            "with 'peerdesk device add'.",
        ).format(args.hub)

    return _with_sync(args, work)


def cmd_sync_review(args: argparse.Namespace) -> int:
    def work(sync: SyncService) -> str:
        rows = sync.reviews()
        if not rows:
            return translate("CommandLine", "Nothing needs review.")
        lines = []
        for row in rows:
            if row.kind == "deleted":
                line = translate(
                    "CommandLine", "{about}: deleted by {kept_by} while {other_by} changed {field}."
                )
            else:
                line = translate(
                    "CommandLine",
                    "{about}, {field}: kept {kept} ({kept_by}); also {other} ({other_by}).",
                )
            lines.append(
                line.format(
                    about=row.about,
                    field=row.field,
                    kept=repr(row.kept_value),
                    kept_by=row.kept_by,
                    other=repr(row.other_value),
                    other_by=row.other_by,
                )
            )
        return (
            "\n".join(lines)
            + "\n"
            + translate("CommandLine", "Choose in the Sync area of the app.")
        )

    return _with_sync(args, work)


def cmd_device_add(args: argparse.Namespace) -> int:
    role = user_service.parse_role(args.role)

    def work(sync: SyncService) -> str:
        code = sync.add_device(args.name, role, args.out)
        return translate(
            "CommandLine",
            "Wrote the enrolment file for {name} to {file}.\n"
            "One-time code: {code}\n"
            "Give the file and the code to the person separately (the code by phone or in "
            "person), then on their computer run: peerdesk enroll FILE",
        ).format(name=args.name.strip(), file=args.out, code=code)

    return _with_sync(args, work)


# A computer's state in `device list`.
_DEVICE_STATES = {
    "removed": QT_TRANSLATE_NOOP("CommandLine", "removed"),
    "joined": QT_TRANSLATE_NOOP("CommandLine", "joined"),
    "waiting": QT_TRANSLATE_NOOP("CommandLine", "waiting"),
}


def cmd_device_list(args: argparse.Namespace) -> int:
    def work(sync: SyncService) -> str:
        lines = []
        for d in sync.devices():
            key = "removed" if d["revoked"] else ("joined" if d["registered"] else "waiting")
            state = translate("CommandLine", _DEVICE_STATES[key])
            scopes = ", ".join(d["scopes"])  # the sync scopes' codes
            if d.get("last_seen"):
                line = translate("CommandLine", "{name}: {scopes}; {state}, last synced {time}")
            else:
                line = translate("CommandLine", "{name}: {scopes}; {state}")
            lines.append(
                line.format(
                    name=d["name"], scopes=scopes, state=state, time=(d.get("last_seen") or "")[:16]
                )
            )
        return "\n".join(lines) or translate("CommandLine", "No devices yet.")

    return _with_sync(args, work)


def cmd_device_revoke(args: argparse.Namespace) -> int:
    def work(sync: SyncService) -> str:
        sync.revoke(args.name)
        return translate(
            "CommandLine", "{0} can no longer sync. What it holds stays on it: lock it away."
        ).format(args.name.strip())

    return _with_sync(args, work)


def cmd_enroll(args: argparse.Namespace) -> int:
    code = args.code or os.environ.get("PEERDESK_ENROL_CODE")
    if not code:
        if not _interactive():
            raise UsageError(translate("CommandLine", "Give the one-time code with --code."))
        code = getpass.getpass(translate("CommandLine", "One-time code: "))

    def work(sync: SyncService) -> str:
        identity = sync.enroll(args.file, code)
        if identity.hub_url:
            said = translate(
                "CommandLine", "This computer ({name}) is enrolled and will sync through {hub}."
            )
        else:
            said = translate(
                "CommandLine", "This computer ({name}) is enrolled and will sync with USB bundles."
            )
        return said.format(name=identity.device_name, hub=identity.hub_url)

    return _with_sync(args, work)


def cmd_bundle_export(args: argparse.Namespace) -> int:
    def work(sync: SyncService) -> str:
        count = sync.export_bundle(args.file)
        return translate(
            "CommandLine",
            "Wrote %n record(s) to {0}. It is encrypted; import it on the "
            "other computer with 'peerdesk bundle import'.",
            None,
            count,
        ).format(args.file)

    return _with_sync(args, work)


def cmd_bundle_import(args: argparse.Namespace) -> int:
    def work(sync: SyncService) -> str:
        changed, reviews = sync.import_bundle(args.file)
        said = translate(
            "CommandLine", "Imported {0}: %n record(s) changed.", None, changed
        ).format(args.file.name)
        if reviews:
            said += " " + translate("CommandLine", "%n change(s) need review.", None, reviews)
        return said

    return _with_sync(args, work)


def cmd_gui(args: argparse.Namespace) -> int:
    from peerdesk.app import run_gui  # Qt is imported only when the window is wanted

    return run_gui(args.vault if args.vault is not None else default_vault_dir(), args.user)


def cmd_self_test(_args: argparse.Namespace) -> int:
    from peerdesk.selftest import run_self_test

    return run_self_test()


# --- entry point ------------------------------------------------------------------------


def _window_only(argv: Sequence[str]) -> argparse.Namespace | None:
    """`peerdesk [--vault DIR] [--user NAME]`: the window, without building every command's
    parser (which imports the services) first, so the sign-in window shows sooner."""
    parser = _Parser(add_help=False)
    parser.add_argument("--vault", type=Path)
    parser.add_argument("--user")
    try:
        args, rest = parser.parse_known_args(argv)
    except SystemExit:
        return None
    return None if rest else args


def main(argv: Sequence[str] | None = None) -> int:
    window = _window_only(sys.argv[1:] if argv is None else argv)
    if window is not None:
        return _run(cmd_gui, window)
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace], int] = getattr(args, "handler", cmd_gui)
    if args.self_test:  # before any subcommand: it needs no vault, user or passphrase
        handler = cmd_self_test
    if handler is not cmd_gui:  # the self-test too: its lines are for a person to read
        _speak_as_chosen(args)
    return _run(handler, args)


def _speak_as_chosen(args: argparse.Namespace) -> None:
    """Messages and reports in the language last chosen in Settings with this vault on this
    computer (kept beside it in display.json), else English."""
    folder = getattr(args, "vault", None) or default_vault_dir()
    use_language(chosen_language(last_display(folder).language))


def _run(handler: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    try:
        return handler(args)
    except csv_files.CsvError as error:
        print(error.message, file=sys.stderr)
        if len(error.problems) > 1:
            for problem in error.problems:
                print(f"  {problem.message}", file=sys.stderr)
        return error.exit_code
    except KnownError as error:
        print(error.message, file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print(translate("CommandLine", "Stopped. Nothing more was changed."), file=sys.stderr)
        return 130
    except Exception as bug:  # noqa: BLE001 - the one place a bug becomes a crash report
        disk = disk_problem(bug)  # a full or failing disk under SQLite is no bug
        if disk is not None:
            print(disk.message, file=sys.stderr)
            return disk.exit_code
        report = crash_report.save(bug)
        said = translate("CommandLine", "PeerDesk hit a problem it didn't expect and stopped.")
        if report:
            said += " " + translate(
                "CommandLine", "A report without personal data was saved to {0}."
            ).format(report)
        print(said, file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
