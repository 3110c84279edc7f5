"""Translations: keep translations/*.ts up to date with the code and build the .qm files.

    python tools/i18n.py update            # pyside6-lupdate: new strings into every .ts
    python tools/i18n.py release           # pyside6-lrelease: .ts -> resources/translations/*.qm
    python tools/i18n.py missing [AREA]    # strings still without a Spanish translation
    python tools/i18n.py fill AREA FILE    # take translations from a JSON file (see fill())

Strings are split by area (one .ts per area and language) so each area's translation can
be worked on on its own; PeerDesk loads every area's .qm. Every Python file under
peerdesk/ except the hub belongs to exactly one area: the first whose patterns match it,
else "app".
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "translations"
QM_DIR = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent
LANGUAGES = {"es": "es_ES", "en": "en_US"}
# English is the language of the code, so its file holds only the "%n item(s)" strings,
# with their singular and plural forms ("1 item", "2 items").
PLURAL_ONLY = {"en"}

AREAS: dict[str, list[str]] = {
    "participant": ["peerdesk/ui/participant_window.py"],
    "caseload": [
        "peerdesk/ui/caseload_*.py",
        "peerdesk/ui/participant_window.py",
        "peerdesk/ui/today_view.py",
        "peerdesk/ui/rows_table_model.py",
    ],
    "groups": [
        "peerdesk/ui/group*.py",
        "peerdesk/ui/attendance_*.py",
    ],
    "training": [
        "peerdesk/ui/training_*.py",
        "peerdesk/ui/certificate_window.py",
        "peerdesk/ui/pdf_pages.py",
    ],
    "reports": ["peerdesk/ui/reports_view.py", "peerdesk/reports/*.py"],
    "sync": ["peerdesk/ui/sync_*.py", "peerdesk/sync/*.py"],
    "services": [
        "peerdesk/services/*.py",
        "peerdesk/errors.py",
        "peerdesk/vault/*.py",
        "peerdesk/db/*.py",
    ],
    "help": ["peerdesk/ui/help.py"],
    "app": ["peerdesk/*.py", "peerdesk/**/*.py"],
}
NOT_TRANSLATED = ["peerdesk/hub/*.py"]  # the hub speaks to administrators, in English


def area_of(relative: str) -> str | None:
    if any(fnmatch.fnmatch(relative, p) for p in NOT_TRANSLATED):
        return None
    for area, patterns in AREAS.items():
        if any(fnmatch.fnmatch(relative, p) for p in patterns):
            return area
    return "app"


def sources_by_area() -> dict[str, list[Path]]:
    found: dict[str, list[Path]] = {area: [] for area in AREAS}
    for path in sorted((ROOT / "peerdesk").rglob("*.py")):
        area = area_of(path.relative_to(ROOT).as_posix())
        if area is not None:
            found[area].append(path)
    return found


def ts_path(area: str, language: str, folder: Path = TS_DIR) -> Path:
    return folder / f"{area}_{language}.ts"


def update(folder: Path = TS_DIR, areas: list[str] | None = None) -> None:
    """Bring every .ts in `folder` (or just those of `areas`) up to date with the code
    (new strings unfinished, strings gone from the code dropped)."""
    folder.mkdir(parents=True, exist_ok=True)
    for area, sources in sources_by_area().items():
        if areas and area not in areas:
            continue
        for language, locale in LANGUAGES.items():
            subprocess.run(
                [
                    str(BIN / "pyside6-lupdate"),
                    *map(str, sources),
                    "-no-obsolete",
                    *(["-pluralonly"] if language in PLURAL_ONLY else []),
                    "-locations",
                    "none",
                    "-target-language",
                    locale,
                    "-ts",
                    str(ts_path(area, language, folder)),
                ],
                check=True,
                capture_output=True,
            )
        english_plurals(area, folder)


_PLURAL_MARK = re.compile(r"\((e?s)\)")


def english_plurals(area: str, folder: Path = TS_DIR) -> None:
    """Fill the English file's singular and plural forms from the source text, where
    "(s)" or "(es)" marks the plural ending: "%n session(s)" -> "%n session", "%n sessions".
    Strings that don't follow that pattern are left for a person to fill."""
    entries: list[dict[str, object]] = [
        {
            "context": m.context,
            "source": m.source,
            "comment": m.comment,
            "translation": [_PLURAL_MARK.sub("", m.source), _PLURAL_MARK.sub(r"\1", m.source)],
        }
        for m in read_ts(ts_path(area, "en", folder))
        if m.plural and m.unfinished and _PLURAL_MARK.search(m.source)
    ]
    if entries:
        fill(area, "en", entries, folder)


def release(out: Path = QM_DIR) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    made = []
    for ts in sorted(TS_DIR.glob("*.ts")):
        qm = out / (ts.stem + ".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            made.append(qm)
            continue
        subprocess.run(
            [str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
            check=True,
            capture_output=True,
        )
        made.append(qm)
    return made


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str  # the disambiguation, when one English text needs two translations
    plural: bool
    translations: tuple[str, ...]  # one, or one per plural form; empty when not done
    unfinished: bool


def read_ts(path: Path) -> list[Message]:
    if not path.exists():
        return []
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")]
            texts = tuple(forms) if forms else ((translation.text or ""),)
            messages.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                    message.get("numerus") == "yes",
                    tuple(t for t in texts if t),
                    translation.get("type") in ("unfinished", "vanished", "obsolete"),
                )
            )
    return messages


_FIELDS = re.compile(r"\{[^{}]*\}|%n|%\d")
_TAGS = re.compile(r"</?([a-zA-Z0-9]+)")
_MNEMONIC = re.compile(r"&(?!&|[a-zA-Z]+;)(.)")


def problems(message: Message) -> list[str]:
    """What is wrong with one translated message: missing, or its placeholders, tags or
    keyboard shortcut don't match the English."""
    where = f"{message.context}: {message.source!r}"
    if message.unfinished or not message.translations:
        return [f"{where} has no translation"]
    found = []
    for text in message.translations:
        fields = sorted(_FIELDS.findall(text))
        if fields != sorted(_FIELDS.findall(message.source)) and not (
            message.plural and set(fields) <= {"%n"}  # "one participant" may omit the number
        ):
            found.append(f"{where}: the placeholders differ in {text!r}")
        if sorted(_TAGS.findall(text)) != sorted(_TAGS.findall(message.source)):
            found.append(f"{where}: the HTML tags differ in {text!r}")
        if bool(_MNEMONIC.search(message.source)) != (len(_MNEMONIC.findall(text)) == 1):
            found.append(f"{where}: needs exactly one &-shortcut as in English: {text!r}")
    return found


def fill(area: str, language: str, entries: list[dict[str, object]], folder: Path = TS_DIR) -> int:
    """Write translations into an area's .ts. Each entry: {"context": ..., "source": ...,
    "translation": "..." or ["one", "many"] for a %n string, and "comment" when the .ts
    has one for that message}. Returns how many matched."""
    path = ts_path(area, language, folder)
    tree = ET.parse(path)
    wanted = {
        (str(e["context"]), str(e["source"]), str(e.get("comment", ""))): e["translation"]
        for e in entries
    }
    done = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            if key not in wanted:
                continue
            translation = message.find("translation")
            assert translation is not None
            value = wanted[key]
            for child in list(translation):
                translation.remove(child)
            if isinstance(value, list):
                translation.text = None
                for form in value:
                    ET.SubElement(translation, "numerusform").text = str(form)
            else:
                translation.text = str(value)
            translation.attrib.pop("type", None)
            done += 1
    ET.indent(tree, "    ")
    with path.open("wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")
    return done


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    updating = commands.add_parser("update")
    updating.add_argument("areas", nargs="*", metavar="AREA", help="default: every area")
    commands.add_parser("release")
    missing = commands.add_parser("missing")
    missing.add_argument("area", nargs="?")
    filling = commands.add_parser("fill")
    filling.add_argument("area", choices=list(AREAS))
    filling.add_argument("file", type=Path)
    filling.add_argument("--language", default="es")
    args = parser.parse_args()
    if args.command == "update":
        update(areas=args.areas)
    elif args.command == "release":
        print(f"{len(release())} translation files in {QM_DIR.relative_to(ROOT)}")
    elif args.command == "fill":
        entries = json.loads(args.file.read_text(encoding="utf-8"))
        print(f"{fill(args.area, args.language, entries)} of {len(entries)} filled")
    else:
        count = 0
        for area in [args.area] if args.area else list(AREAS):
            for language in LANGUAGES:
                for message in read_ts(ts_path(area, language)):
                    for problem in problems(message):
                        print(f"{area}_{language}: {problem}")
                        count += 1
        print(f"{count} problems")
        return 1 if count else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
