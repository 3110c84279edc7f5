"""Read the CSV files that spreadsheets write, for `peerdesk import …`.

Bytes in, validated rows out: no Qt, no database. Spreadsheets write CSV in many dialects
(UTF-8 with or without a BOM, Windows-1252, `;` in European locales, tabs, quoted notes
that span lines, old Mac `\\r` line ends), so this module accepts all of those and turns
everything else into plain sentences for the person importing.

Cells may hold private participant data, so no message here ever repeats a cell's
contents: problems name line numbers and column names only.
"""

from __future__ import annotations

import datetime
import enum
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from peerdesk.errors import InvalidInput
from peerdesk.i18n import QT_TRANSLATE_NOOP, translate

# Translated where used: translate("CsvFiles", EMPTY_FILE).
NOT_UTF8_WARNING = QT_TRANSLATE_NOOP(
    "CsvFiles",
    "The file isn't saved as UTF-8, so it was read as Windows-1252. "
    "Check that accented letters look right.",
)
EMPTY_FILE = QT_TRANSLATE_NOOP("CsvFiles", "The file is empty.")
MIXED_DATE_ORDER = QT_TRANSLATE_NOOP(
    "CsvFiles", "The dates mix day-first and month-first order. Use one order in the whole file."
)

_DELIMITERS = (",", ";", "\t")  # in order of preference when they tie
_UTF8_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_WORKBOOK_SIGNATURES = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0")  # .xlsx/.ods (zip), old .xls
# Windows-1252 leaves five bytes undefined; like browsers (the WHATWG "windows-1252"),
# read them as the Latin-1 characters with the same numbers instead of failing.
_CP1252_UNDEFINED = {0xDC00 + b: b for b in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}
_SEP_LINE = re.compile(r"sep=([,;\t])[ ]*(?:\r\n|\r|\n|$)", re.IGNORECASE)
_MESSAGE_NAME_LENGTH = 40


class DateOrder(enum.StrEnum):
    """How day, month and year are ordered in a file's dates; the value is shown to people."""

    ISO = "YYYY-MM-DD"
    DMY = "DD/MM/YYYY"
    MDY = "MM/DD/YYYY"


@dataclass(frozen=True)
class CsvProblem:
    """One thing wrong with a file, as a sentence that names no cell's contents."""

    line: int | None  # file line where the record starts (header = line 1); None: whole file
    message: str


class CsvError(InvalidInput):
    """The file can't be imported; `problems` lists everything found, not just the first."""

    def __init__(self, problems: list[CsvProblem]) -> None:
        self.problems = list(problems)
        if len(self.problems) == 1:
            summary = self.problems[0].message
        elif self.problems:
            summary = translate(
                "CsvFiles", "The file has {count} problems; nothing was imported."
            ).format(count=len(self.problems))
        else:
            summary = translate("CsvFiles", "The file has some problems; nothing was imported.")
        super().__init__(summary)

    def __reduce__(self) -> tuple[type[CsvError], tuple[list[CsvProblem]]]:
        """Pickle by problems, so the error can cross a process boundary intact."""
        return (CsvError, (self.problems,))


@dataclass(frozen=True)
class CsvRow:
    """One non-blank record, keyed by column name."""

    line: int  # file line where this record starts
    values: dict[str, str]  # lower-cased, stripped column name -> stripped cell text or ""


@dataclass
class CsvTable:
    """A whole file that passed the checks in `read_csv`."""

    columns: list[str]  # lower-cased, stripped header names in file order (unnamed ones left out)
    rows: list[CsvRow]
    warnings: list[str] = field(default_factory=list)
    encoding: str = "utf-8"
    delimiter: str = ","


# --- Reading the file ------------------------------------------------------------------


def read_csv(
    data: bytes,
    *,
    required: Sequence[str],
    optional: Sequence[str] = (),
    repeated_prefixes: Sequence[str] = (),
) -> CsvTable:
    """Decode, split and check a CSV file, raising `CsvError` with every problem found.

    Column names match case-insensitively. Each row's `values` holds every column that is
    required, optional (with "" when the file lacks that column) or starts with one of
    `repeated_prefixes` (such as item1…item10); other columns are ignored with a warning.
    """
    text, encoding, warnings = _decode(data)
    text, delimiter = _split_off_sep_line(text)
    if delimiter is None:
        delimiter = _choose_delimiter(text)
    records = _records(text, delimiter)
    header = next((r for r in records if not r.closed or not _is_blank(r.cells)), None)
    if header is None:
        raise CsvError([CsvProblem(None, translate("CsvFiles", EMPTY_FILE))])
    if not header.closed:
        raise CsvError([_unclosed_quote(header.line)])

    problems: list[CsvProblem] = []
    rows: list[_Record] = []
    for record in records:
        if not record.closed:
            problems.append(_unclosed_quote(record.line))
            break
        if not _is_blank(record.cells):
            rows.append(record)

    names = [_name(cell) for cell in header.cells]
    as_typed = {name: cell.strip() for name, cell in zip(names, header.cells, strict=True)}
    wanted = _unique(_name(n) for n in (*required, *optional))
    prefixes = tuple(p for p in (_name(p) for p in repeated_prefixes) if p)

    def is_used(name: str) -> bool:
        return name in wanted or name.startswith(prefixes)

    if required and not any(is_used(name) for name in names if name):
        # Most likely there is no header and the first line is data, so its "names" may be
        # participant data: don't repeat them.
        needed = ", ".join(_name(n) for n in required)
        message = translate(
            "CsvFiles",
            "The first line should name the columns, but none of its names are ones "
            "PeerDesk uses. The file needs these columns: {columns}.",
        ).format(columns=needed)
        raise CsvError([CsvProblem(None, message), *problems])

    problems.extend(_header_problems(names, rows, required))
    for record in rows:
        if any(record.cells[len(names) :]):
            message = translate(
                "CsvFiles", "Line {line} has more cells than the header has columns."
            ).format(line=record.line)
            problems.append(CsvProblem(record.line, message))
    if problems:
        problems.sort(key=lambda p: (p.line is not None, p.line or 0))
        raise CsvError(problems)

    for name in _unique(n for n in names if n and not is_used(n)):
        warnings.append(
            translate(
                "CsvFiles", "The column '{column}' isn't used by PeerDesk and was ignored."
            ).format(column=_show(as_typed[name]))
        )
    kept = [(index, name) for index, name in enumerate(names) if name and is_used(name)]
    absent = [name for name in wanted if name not in names]
    table_rows = []
    for record in rows:
        values = {name: _cell(record.cells, index) for index, name in kept}
        values.update((name, "") for name in absent)
        table_rows.append(CsvRow(record.line, values))
    return CsvTable(
        columns=[n for n in names if n],
        rows=table_rows,
        warnings=warnings,
        encoding=encoding,
        delimiter=delimiter,
    )


def _header_problems(
    names: list[str], rows: list[_Record], required: Sequence[str]
) -> Iterator[CsvProblem]:
    """Unnamed columns with data, repeated names and missing required columns."""
    for index, name in enumerate(names):
        if not name and any(_cell(record.cells, index) for record in rows):
            yield CsvProblem(
                None,
                translate(
                    "CsvFiles",
                    "Column {number} ({letter}) has data but no name in the header. "
                    "Give it a name, or delete the column.",
                ).format(number=index + 1, letter=_column_letter(index)),
            )
    for name in _unique(n for n in names if n and names.count(n) > 1):
        yield CsvProblem(
            None,
            translate(
                "CsvFiles",
                "The column '{column}' appears more than once. "
                "Keep one and rename or delete the others.",
            ).format(column=_show(name)),
        )
    for name in _unique(_name(n) for n in required):
        if name not in names:
            yield CsvProblem(
                None,
                translate("CsvFiles", "The column '{column}' is missing.").format(
                    column=_show(name)
                ),
            )


def _decode(data: bytes) -> tuple[str, str, list[str]]:
    """The file's text, the encoding it was read with, and any warning about that."""
    if data.startswith(_WORKBOOK_SIGNATURES):
        raise CsvError(
            [
                CsvProblem(
                    None,
                    translate(
                        "CsvFiles",
                        "This is a spreadsheet workbook, not a CSV file. In your spreadsheet "
                        "program, use Save As and choose CSV (CSV UTF-8 if it's offered).",
                    ),
                )
            ]
        )
    if data.startswith(_UTF16_BOMS):  # Excel's "Unicode Text"
        try:
            return _check_is_text(data.decode("utf-16")), "utf-16", []
        except UnicodeDecodeError:
            raise CsvError(
                [
                    CsvProblem(
                        None,
                        translate(
                            "CsvFiles",
                            "The file says it is saved as UTF-16 but can't be read that way. "
                            "Save it from your spreadsheet as CSV UTF-8 and try again.",
                        ),
                    )
                ]
            ) from None
    data = data.removeprefix(_UTF8_BOM)
    try:
        return _check_is_text(data.decode("utf-8")), "utf-8", []
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1252", errors="surrogateescape").translate(_CP1252_UNDEFINED)
    return _check_is_text(text), "windows-1252", [translate("CsvFiles", NOT_UTF8_WARNING)]


def _check_is_text(text: str) -> str:
    """Refuse text with NUL characters: no spreadsheet writes them into a CSV file."""
    if "\x00" in text:
        raise CsvError(
            [
                CsvProblem(
                    None,
                    translate(
                        "CsvFiles",
                        "This doesn't look like a CSV file, because parts of it aren't text. "
                        "Save it from your spreadsheet as CSV and try again.",
                    ),
                )
            ]
        )
    return text


def _split_off_sep_line(text: str) -> tuple[str, str | None]:
    """Honour a first line like `sep=;`, which some programs write for Excel."""
    match = _SEP_LINE.match(text)
    if match is None:
        return text, None
    # Keep a line break in its place so that the lines after it keep their numbers.
    line_break = "\n" if match.group().endswith(("\r", "\n")) else ""
    return line_break + text[match.end() :], match[1]


def _choose_delimiter(text: str) -> str:
    """The delimiter that splits the header into the most cells; `,` wins a tie.

    A file that is blank with some delimiter (say, only `;;;` lines) gets that one, so that
    it reads as empty.
    """
    best, best_count = ",", 0
    for delimiter in _DELIMITERS:
        header = next(
            (r for r in _records(text, delimiter) if not r.closed or not _is_blank(r.cells)),
            None,
        )
        if header is None:
            return delimiter
        count = len(header.cells)
        if count > best_count:
            best, best_count = delimiter, count
    return best


@dataclass(frozen=True)
class _Record:
    line: int
    cells: list[str]
    closed: bool = True  # False: a quoted cell never ends, so the file stops here


def _records(text: str, delimiter: str) -> Iterator[_Record]:
    """Split text into records of stripped cells, following RFC 4180 as Excel writes it.

    Quoted cells may hold delimiters, doubled quotes and line breaks (which become `\\n`).
    Like Excel, text after a closing quote is kept, and a quote inside an unquoted cell is
    an ordinary character. Line breaks are `\\r\\n`, `\\n` or `\\r`.
    """
    unquoted = re.compile(f"[^{re.escape(delimiter)}\r\n]*")
    opening_quote = re.compile('[ ]*"')
    pos, line, end = 0, 1, len(text)
    while pos < end:
        start_line = line
        cells: list[str] = []
        while True:
            opening = opening_quote.match(text, pos)
            if opening is None:
                match = unquoted.match(text, pos)
                assert match is not None  # the pattern matches the empty string
                cells.append(match.group().strip())
                pos = match.end()
            else:
                parts: list[str] = []
                search = opening.end()
                while True:
                    quote = text.find('"', search)
                    if quote < 0:
                        yield _Record(start_line, cells, closed=False)
                        return
                    parts.append(text[search:quote])
                    if text.startswith('"', quote + 1):  # a doubled quote stands for one
                        parts.append('"')
                        search = quote + 2
                    else:
                        break
                quoted = "".join(parts)
                line += quoted.count("\n") + quoted.count("\r") - quoted.count("\r\n")
                rest = unquoted.match(text, quote + 1)
                assert rest is not None
                value = quoted.replace("\r\n", "\n").replace("\r", "\n") + rest.group()
                cells.append(value.strip())
                pos = rest.end()
            if pos < end and text[pos] == delimiter:
                pos += 1
            else:
                break
        if pos < end:  # at a line break
            pos += 2 if text.startswith("\r\n", pos) else 1
            line += 1
        yield _Record(start_line, cells)


def _unclosed_quote(line: int) -> CsvProblem:
    return CsvProblem(
        line,
        translate(
            "CsvFiles",
            "Line {line} starts a quoted cell that never ends, so the rest of the file "
            "couldn't be read. Check that line for a stray quote mark (\").",
        ).format(line=line),
    )


def _is_blank(cells: list[str]) -> bool:
    return not any(cells)


def _cell(cells: list[str], index: int) -> str:
    return cells[index] if index < len(cells) else ""


def _name(text: str) -> str:
    """A column name as it is compared: case doesn't matter and spaces or hyphens count
    as underscores, so a spreadsheet's "Intake Date" is the intake_date column."""
    return _NAME_SEPARATORS.sub("_", text.strip().lower())


_NAME_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015]+")


def _unique(names: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(names))


def _show(name: str) -> str:
    """A column name fit for a one-line message: one space between words, not too long."""
    shown = " ".join(name.split())
    if len(shown) > _MESSAGE_NAME_LENGTH:
        shown = shown[: _MESSAGE_NAME_LENGTH - 1] + "…"
    return shown


def _column_letter(index: int) -> str:
    """Spreadsheet column letters for a 0-based index: 0 -> A, 26 -> AA."""
    letters = ""
    number = index + 1
    while number:
        number, remainder = divmod(number - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


# --- Reading cells ------------------------------------------------------------------

# Spreadsheets write date-time cells with the time after the date; the time is dropped.
_TIME = r"(?:[ T][0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?(?:[ ]?[AaPp][Mm])?)?"
_ISO_DATE = re.compile(rf"([0-9]{{4}})([-/.])([0-9]{{1,2}})\2([0-9]{{1,2}}){_TIME}")
_DAY_MONTH_DATE = re.compile(rf"([0-9]{{1,2}})([-/.])([0-9]{{1,2}})\2([0-9]{{1,8}}){_TIME}")
_YES = frozenset({"yes", "y", "true", "1"})
_NO = frozenset({"no", "n", "false", "0"})
# "30.0" and "30,0" are whole numbers; "1.000" and "1,000" are refused, since they may be
# one thousand written with a thousands separator.
_WHOLE_NUMBER = re.compile(r"([+-]?)([0-9]+)(?:[.,]0{1,2})?")
_MAX_DIGITS = 18
_CODE_SEPARATORS = re.compile(r"[\s_\-\u2010-\u2015]+")


def detect_date_order(values: Iterable[str]) -> DateOrder | None:
    """Work out from a column's dates whether they are day-first or month-first.

    ISO dates fit any file. A day/month date decides the order only when one of its first
    two numbers is above 12. Returns None when day/month dates appear but none decides
    (the caller then asks for --date-format), and ISO when no day/month dates appear at
    all. Raises `CsvError` when some dates are day-first and others month-first.
    """
    day_first = month_first = undecided = False
    for value in values:
        match = _DAY_MONTH_DATE.fullmatch(value.strip())
        if match is None:
            continue  # empty, ISO or not a date: parse_date will say what is wrong
        first, second = int(match[1]), int(match[3])
        if first > 12 and second <= 12:
            day_first = True
        elif second > 12 and first <= 12:
            month_first = True
        elif first <= 12 and second <= 12:
            undecided = True
        if day_first and month_first:
            raise CsvError([CsvProblem(None, translate("CsvFiles", MIXED_DATE_ORDER))])
    if day_first:
        return DateOrder.DMY
    if month_first:
        return DateOrder.MDY
    return None if undecided else DateOrder.ISO


def parse_date(text: str, order: DateOrder | None) -> datetime.date:
    """Read a date: ISO always, day/month dates in the given order (None: ISO only).

    A time after the date, as spreadsheets write for date-time cells, is ignored. Raises
    ValueError with a message that doesn't repeat the text: what is wrong with the
    column's cell, completing "the {column} …" (see imports.py).
    """
    value = text.strip()
    if not value:
        raise ValueError(translate("CsvFiles", "is empty but needs a date"))
    iso = _ISO_DATE.fullmatch(value)
    if iso is not None:
        return _real_date(int(iso[1]), int(iso[3]), int(iso[4]))
    day_month = _DAY_MONTH_DATE.fullmatch(value)
    if day_month is not None and order in (DateOrder.DMY, DateOrder.MDY):
        if len(day_month[4]) != 4:
            raise ValueError(translate("CsvFiles", "needs a four-digit year"))
        first, second = int(day_month[1]), int(day_month[3])
        day, month = (first, second) if order is DateOrder.DMY else (second, first)
        return _real_date(int(day_month[4]), month, day)
    raise ValueError(
        translate("CsvFiles", "isn't a date in the form {form}").format(
            form=(order or DateOrder.ISO).value
        )
    )


def _real_date(year: int, month: int, day: int) -> datetime.date:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        raise ValueError(translate("CsvFiles", "isn't a real date")) from None


def parse_flag(text: str) -> bool | None:
    """Read yes/no, true/false, y/n or 1/0 in any case; "" means not given (None)."""
    value = text.strip().lower()
    if not value:
        return None
    if value in _YES:
        return True
    if value in _NO:
        return False
    raise ValueError(translate("CsvFiles", "should be yes or no"))


def parse_whole_number(
    text: str, *, minimum: int | None = None, maximum: int | None = None
) -> int | None:
    """Read a whole number such as "30" or "30.0"; "" means not given (None)."""
    value = text.strip()
    if not value:
        return None
    match = _WHOLE_NUMBER.fullmatch(value)
    if match is None:
        raise ValueError(translate("CsvFiles", "should be a whole number"))
    sign, digits = match[1], match[2].lstrip("0") or "0"
    if len(digits) > _MAX_DIGITS:
        raise ValueError(
            _range_message(minimum, maximum) or translate("CsvFiles", "is too large a number")
        )
    number = -int(digits) if sign == "-" else int(digits)
    if (minimum is not None and number < minimum) or (maximum is not None and number > maximum):
        raise ValueError(_range_message(minimum, maximum))
    return number


def _range_message(minimum: int | None, maximum: int | None) -> str:
    if minimum is not None and maximum is not None:
        return translate("CsvFiles", "should be between {low} and {high}").format(
            low=minimum, high=maximum
        )
    if minimum is not None:
        return translate("CsvFiles", "should be {low} or more").format(low=minimum)
    if maximum is not None:
        return translate("CsvFiles", "should be {high} or less").format(high=maximum)
    return ""


def parse_list(text: str) -> list[str]:
    """Split a cell holding several entries separated by ';', dropping empty ones."""
    return [part.strip() for part in text.split(";") if part.strip()]


def normalise_code(text: str) -> str:
    """Turn a typed choice into its code: "In person", "in-person", "IN_PERSON" -> "in_person"."""
    return _CODE_SEPARATORS.sub("_", text.strip().lower()).strip("_")
