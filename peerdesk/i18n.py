"""The languages PeerDesk speaks: English (the language of the source) and Spanish, plus a
"pseudo" language that stretches every string by about 40% so layouts can be checked for
clipping before a real translation arrives.

Strings are marked the Qt way so `pyside6-lupdate` finds them (tools/i18n.py):
- in a QObject subclass: `self.tr("Save")`;
- anywhere else: `translate("Context", "Save")`, with `translate` imported from here;
- constants, translated where they are shown: `QT_TRANSLATE_NOOP("Context", "Save")` and
  later `translate("Context", CONSTANT)`.

Placeholders are `{0}`/`{name}` (str.format after translating) or `%n` for a count. The
translations live in translations/*.ts (one file per area and language); the .qm files
PeerDesk loads are built from them into resources/translations/ by
`python tools/i18n.py release` (make does it).

Qt is optional here: the hub imports code that uses `translate` and runs without PySide6,
where every string stays English.
"""

from __future__ import annotations

import os
import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

from peerdesk.config import resources_dir

ENGLISH = "en"
SPANISH = "es"
PSEUDO = "pseudo"
# The languages offered in Settings, each named in itself.
LANGUAGES: dict[str, str] = {ENGLISH: "English", SPANISH: "Español"}

_translators: list[Any] = []  # QTranslator objects for the current language
_language = ""  # none loaded yet: the English of the code, without its plural forms


def QT_TRANSLATE_NOOP(context: str, text: str, disambiguation: str = "") -> str:
    """Marks a constant for translation (the name lupdate knows); translate it with
    `translate` where it is shown."""
    del context, disambiguation
    return text


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the current language (itself when there is no translation)."""
    result = ""
    for translator in reversed(_translators):
        result = translator.translate(context, text, disambiguation, n)
        if result:
            break
    result = result or text
    return result.replace("%n", str(n)) if n >= 0 else result


ENV_LANGUAGE = "PEERDESK_LANGUAGE"  # e.g. "pseudo": overrides everyone's choice (developers)


def chosen_language(choice: str) -> str:
    """The language to use for a person who chose `choice`: theirs, unless
    $PEERDESK_LANGUAGE says otherwise (a developer checking layouts with "pseudo")."""
    return os.environ.get(ENV_LANGUAGE) or choice


def current_language() -> str:
    """The language last chosen with use_language ("" before the first call)."""
    return _language


def translations_dir() -> Path:
    return resources_dir() / "translations"


def use_language(code: str) -> None:
    """Switch every later `translate`/`tr` call to `code` ("en", "es" or "pseudo"), in
    the running Qt application too when there is one. An unknown code means English."""
    global _language
    try:
        from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
    except ImportError:  # the hub without Qt: English only
        return
    app = QCoreApplication.instance()
    for old in _translators:
        if app is not None:
            app.removeTranslator(old)
    _translators.clear()
    _language = code if code in LANGUAGES or code == PSEUDO else ENGLISH
    # Qt's own date boxes and calendars: Latin-American Spanish, or English.
    QLocale.setDefault(QLocale("es_419" if _language == SPANISH else "en_US"))
    if _language == PSEUDO:
        _translators.append(_PseudoTranslator())
    elif _language == ENGLISH:
        _load_area_files(ENGLISH)  # only the singular and plural forms of "%n item(s)"
    else:
        qt_own = QTranslator()  # Qt's own words: OK, Cancel, the file dialog…
        if qt_own.load(
            f"qtbase_{_language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            _translators.append(qt_own)
        _load_area_files(_language)
    if app is not None:
        for translator in _translators:
            app.installTranslator(translator)


def _load_area_files(language: str) -> None:
    from PySide6.QtCore import QTranslator

    for qm in sorted(translations_dir().glob(f"*_{language}.qm")):
        translator = QTranslator()
        if translator.load(str(qm)):
            _translators.append(translator)


# Kept whole when stretching: format fields, %n, HTML tags and entities, and the letter
# after & (the keyboard shortcut), so the pseudo language still works like a real one.
_KEEP = re.compile(r"\{[^{}]*\}|%n|%\d|<[^<>]*>|&[a-zA-Z]+;|&&|&.")
_ACCENTED = str.maketrans("aeiouAEIOUcnyCNY", "áéíóúÁÉÍÓÚçñýÇÑÝ")


def stretch(text: str) -> str:
    """The pseudo translation: accented letters, about 40% longer, in brackets, so that
    clipped or untranslated text stands out on screen."""
    if not text.strip():
        return text
    out = []
    last = 0
    for match in _KEEP.finditer(text):
        out.append(text[last : match.start()].translate(_ACCENTED))
        out.append(match.group())
        last = match.end()
    out.append(text[last:].translate(_ACCENTED))
    body = "".join(out)
    visible = len(re.sub(r"<[^<>]*>", "", text))
    padding = "·" * max(2, round(visible * 0.4))
    lines = body.split("\n")
    lines[0] = "[" + lines[0]
    lines[-1] = lines[-1] + " " + padding + "]"
    return "\n".join(lines)


def _pseudo_class() -> type:
    from PySide6.QtCore import QTranslator

    class PseudoTranslator(QTranslator):
        def translate(
            self, context: str, source: str, disambiguation: str | None = None, n: int = -1
        ) -> str:
            del context, disambiguation, n
            return stretch(source)

        def isEmpty(self) -> bool:
            return False

    return PseudoTranslator


def _PseudoTranslator() -> Any:
    return _pseudo_class()()


# --- roles in words -----------------------------------------------------------------------

_ROLE_WORDS = {
    "coordinator": QT_TRANSLATE_NOOP("Roles", "coordinator"),
    "peer": QT_TRANSLATE_NOOP("Roles", "peer"),
    "facilitator": QT_TRANSLATE_NOOP("Roles", "facilitator"),
}


def role_words(role: str) -> str:
    """A role (a Role, or its stored value) as people read it; stored values stay
    English, and so do `--role` and the `user list` column on the command line."""
    return translate("Roles", _ROLE_WORDS[role]) if role in _ROLE_WORDS else str(role)


# --- dates in words ------------------------------------------------------------------------
# ISO dates (2026-11-24) stay as they are wherever a date is typed or read back; these are
# for dates shown in sentences, lists and reports.

_MONTHS = (
    QT_TRANSLATE_NOOP("Dates", "January"),
    QT_TRANSLATE_NOOP("Dates", "February"),
    QT_TRANSLATE_NOOP("Dates", "March"),
    QT_TRANSLATE_NOOP("Dates", "April"),
    QT_TRANSLATE_NOOP("Dates", "May"),
    QT_TRANSLATE_NOOP("Dates", "June"),
    QT_TRANSLATE_NOOP("Dates", "July"),
    QT_TRANSLATE_NOOP("Dates", "August"),
    QT_TRANSLATE_NOOP("Dates", "September"),
    QT_TRANSLATE_NOOP("Dates", "October"),
    QT_TRANSLATE_NOOP("Dates", "November"),
    QT_TRANSLATE_NOOP("Dates", "December"),
)
_SHORT_MONTHS = (
    QT_TRANSLATE_NOOP("Dates", "Jan"),
    QT_TRANSLATE_NOOP("Dates", "Feb"),
    QT_TRANSLATE_NOOP("Dates", "Mar"),
    QT_TRANSLATE_NOOP("Dates", "Apr"),
    QT_TRANSLATE_NOOP("Dates", "May", "short"),
    QT_TRANSLATE_NOOP("Dates", "Jun"),
    QT_TRANSLATE_NOOP("Dates", "Jul"),
    QT_TRANSLATE_NOOP("Dates", "Aug"),
    QT_TRANSLATE_NOOP("Dates", "Sep"),
    QT_TRANSLATE_NOOP("Dates", "Oct"),
    QT_TRANSLATE_NOOP("Dates", "Nov"),
    QT_TRANSLATE_NOOP("Dates", "Dec"),
)
_WEEKDAYS = (
    QT_TRANSLATE_NOOP("Dates", "Monday"),
    QT_TRANSLATE_NOOP("Dates", "Tuesday"),
    QT_TRANSLATE_NOOP("Dates", "Wednesday"),
    QT_TRANSLATE_NOOP("Dates", "Thursday"),
    QT_TRANSLATE_NOOP("Dates", "Friday"),
    QT_TRANSLATE_NOOP("Dates", "Saturday"),
    QT_TRANSLATE_NOOP("Dates", "Sunday"),
)


def month_name(month: int) -> str:
    return translate("Dates", _MONTHS[month - 1])


def short_month(month: int) -> str:
    if month == 5:
        return translate("Dates", "May", "short")
    return translate("Dates", _SHORT_MONTHS[month - 1])


def weekday_name(day: date) -> str:
    return translate("Dates", _WEEKDAYS[day.weekday()])


def short_date(day: date) -> str:
    """24 Nov 2026"""
    return translate("Dates", "{day} {month} {year}").format(
        day=day.day, month=short_month(day.month), year=day.year
    )


def day_month(day: date) -> str:
    """24 Nov"""
    return translate("Dates", "{day} {month}").format(day=day.day, month=short_month(day.month))


def long_date(day: date) -> str:
    """Tuesday 24 November 2026"""
    return translate("Dates", "{weekday} {day} {month} {year}").format(
        weekday=weekday_name(day), day=day.day, month=month_name(day.month), year=day.year
    )


def month_year(day: date) -> str:
    """November 2026"""
    return translate("Dates", "{month} {year}").format(month=month_name(day.month), year=day.year)


def date_time(moment: datetime) -> str:
    """24 Nov 2026 14:05, in this computer's time zone"""
    local = moment.astimezone()
    return f"{short_date(local.date())} {local:%H:%M}"
