"""What the report services (peerdesk/services/reports.py and report_files.py) say to a
person when a report can't be made or saved, in the chosen language.

The sentences live here, beside the reports, so they are translated with them (the
"Reports" context in translations/reports_*.ts)."""

from __future__ import annotations

from pathlib import Path

from peerdesk.i18n import QT_TRANSLATE_NOOP, translate

# What the command line asks for when a report needs it (translate("Reports", …) when
# said): the request field -> the sentence.
NEEDED_WORDS = {
    "period": QT_TRANSLATE_NOOP("Reports", "Choose the period with --from DATE --to DATE."),
    "group": QT_TRANSLATE_NOOP("Reports", "Say which group with --group NAME."),
    "participant": QT_TRANSLATE_NOOP("Reports", "Say which participant with --participant ID."),
}


def needed(field: str) -> str:
    return translate("Reports", NEEDED_WORDS[field])


def no_such_report(kind: str) -> str:
    return translate("Reports", "There's no report called '{0}'.").format(kind)


def period_backwards() -> str:
    return translate("Reports", "The period ends before it starts.")


def choose_paper() -> str:
    return translate("Reports", "Choose a4 or letter paper.")


def no_folder(folder: Path) -> str:
    return translate("Reports", "The folder {0} doesn't exist.").format(folder)


def is_a_folder(path: Path) -> str:
    return translate("Reports", "{0} is a folder. Choose a file name ending in .pdf.").format(path)


def not_written(path: Path) -> str:
    return translate(
        "Reports",
        "PeerDesk couldn't write {0}. Check that the folder is writable and the disk isn't full.",
    ).format(path)
