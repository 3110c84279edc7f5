"""peerdesk.services.csv_files: CSV files as spreadsheets really write them.

Every problem message is checked to name line numbers and columns only, never a cell's
contents, since cells may hold participant data.
"""

from __future__ import annotations

import csv
import datetime
import io
import pickle
from collections.abc import Sequence

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from peerdesk.errors import InvalidInput
from peerdesk.services.csv_files import (
    CsvError,
    CsvProblem,
    CsvTable,
    DateOrder,
    detect_date_order,
    normalise_code,
    parse_date,
    parse_flag,
    parse_list,
    parse_whole_number,
    read_csv,
)

REQUIRED = ("name", "intake_date")
OPTIONAL = ("notes", "in_person")
NOT_UTF8 = (
    "The file isn't saved as UTF-8, so it was read as Windows-1252. "
    "Check that accented letters look right."
)
SECRET = "Zanzibarquux Private"  # a value that appears nowhere by chance


def read(
    data: bytes,
    *,
    required: Sequence[str] = REQUIRED,
    optional: Sequence[str] = OPTIONAL,
    repeated_prefixes: Sequence[str] = (),
) -> CsvTable:
    return read_csv(data, required=required, optional=optional, repeated_prefixes=repeated_prefixes)


def problems_of(
    data: bytes, *, required: Sequence[str] = REQUIRED, optional: Sequence[str] = OPTIONAL
) -> list[CsvProblem]:
    with pytest.raises(CsvError) as caught:
        read(data, required=required, optional=optional)
    return caught.value.problems


def values(table: CsvTable) -> list[dict[str, str]]:
    return [row.values for row in table.rows]


# --- Encodings ---------------------------------------------------------------------------


def test_plain_utf8_is_read_without_warnings() -> None:
    table = read("name,intake_date\nZoë,2024-05-01\n".encode())
    assert table.encoding == "utf-8"
    assert table.warnings == []
    assert values(table) == [
        {"name": "Zoë", "intake_date": "2024-05-01", "notes": "", "in_person": ""}
    ]


def test_the_bom_excel_writes_for_csv_utf8_is_not_part_of_the_first_name() -> None:
    table = read(b"\xef\xbb\xbfname;intake_date\r\nJos\xc3\xa9;01/05/2024\r\n")
    assert table.columns == ["name", "intake_date"]
    assert table.rows[0].values["name"] == "José"
    assert table.encoding == "utf-8" and table.warnings == []


def test_windows_1252_is_read_with_a_warning() -> None:
    table = read(b"name;intake_date;notes\r\nJos\xe9;2024-05-01;Paid \x8020 \x93fee\x94\r\n")
    assert table.encoding == "windows-1252"
    assert table.warnings == [NOT_UTF8]
    assert table.rows[0].values["name"] == "José"
    assert table.rows[0].values["notes"] == "Paid €20 “fee”"


def test_bytes_undefined_in_windows_1252_are_still_read() -> None:
    table = read(b"name,intake_date\n\x81\x8d\x8f\x90\x9d\xe9,2024-05-01\n")
    assert table.warnings == [NOT_UTF8]
    assert table.rows[0].values["name"] == "\x81\x8d\x8f\x90\x9dé"


def test_a_bom_followed_by_windows_1252_is_not_kept_as_text() -> None:
    table = read(b"\xef\xbb\xbfname,intake_date\nJos\xe9,2024-05-01\n")
    assert table.columns == ["name", "intake_date"]
    assert table.warnings == [NOT_UTF8]


def test_excel_unicode_text_is_read() -> None:
    data = "name\tintake_date\r\nJosé\t2024-05-01\r\n".encode("utf-16")
    table = read(data)
    assert table.encoding == "utf-16" and table.delimiter == "\t"
    assert table.rows[0].values["name"] == "José"


@pytest.mark.parametrize("start", [b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"])
def test_a_workbook_is_refused_with_a_way_forward(start: bytes) -> None:
    (problem,) = problems_of(start + b"\x00\x14\x00binary")
    assert problem.line is None
    assert "workbook, not a CSV file" in problem.message and "Save As" in problem.message


def test_binary_data_is_refused() -> None:
    (problem,) = problems_of(b"name,intake_date\n\x00\x00\x00\n")
    assert "aren't text" in problem.message


# --- Delimiters, quotes and line ends ----------------------------------------------------


def test_semicolons_from_a_european_excel_keep_decimal_commas_in_cells() -> None:
    data = b"Name;Intake_Date;Notes\r\nAnna;31.12.2024;Score 7,5 of 10, improving\r\n"
    table = read(data)
    assert table.delimiter == ";"
    assert table.rows[0].values == {
        "name": "Anna",
        "intake_date": "31.12.2024",
        "notes": "Score 7,5 of 10, improving",
        "in_person": "",
    }


def test_tab_delimited_text_is_read() -> None:
    table = read(b"name\tintake_date\tnotes\nAnna\t2024-05-01\tSaid hi, then left\n")
    assert table.delimiter == "\t"
    assert table.rows[0].values["notes"] == "Said hi, then left"


def test_the_delimiter_is_decided_by_the_header_and_comma_wins_a_tie() -> None:
    tie = read_csv(b"name,intake_date;notes\nA,2024-05-01;x\n", required=("name",))
    assert tie.delimiter == "," and tie.columns == ["name", "intake_date;notes"]
    assert read(b"name,intake_date\nA;B;C,2024-05-01\n").delimiter == ","


def test_a_quoted_header_cell_may_hold_the_other_delimiters() -> None:
    table = read(b'name;intake_date;"notes, if any"\nA;2024-05-01;x\n')
    assert table.delimiter == ";"
    assert table.columns == ["name", "intake_date", "notes,_if_any"]


def test_a_sep_line_chooses_the_delimiter() -> None:
    data = b"sep=;\r\nname;intake_date,a,b\r\nA;2024-05-01,x,y\r\n"
    table = read_csv(data, required=("name",), repeated_prefixes=("intake",))
    assert table.delimiter == ";"
    assert table.columns == ["name", "intake_date,a,b"]
    assert table.rows[0].line == 3
    assert table.rows[0].values["intake_date,a,b"] == "2024-05-01,x,y"


def test_quoted_cells_hold_delimiters_doubled_quotes_and_line_breaks() -> None:
    data = (
        b"name,intake_date,notes\r\n"
        b'"Smith, Jo",2024-05-01,"She said ""thanks"".\r\nCall back Monday;\r\nbring forms"\r\n'
        b"Lee,2024-05-02,short\r\n"
        b'"Kim",2024-05-03,""\r\n'
    )
    table = read(data)
    assert [row.line for row in table.rows] == [2, 5, 6]
    assert table.rows[0].values["name"] == "Smith, Jo"
    assert table.rows[0].values["notes"] == 'She said "thanks".\nCall back Monday;\nbring forms'
    assert table.rows[2].values["notes"] == ""


@pytest.mark.parametrize("line_end", [b"\r\n", b"\n", b"\r"])
def test_every_kind_of_line_end_reads_the_same(line_end: bytes) -> None:
    lines = [b"name,intake_date,notes", b'A,2024-05-01,"two', b'lines"', b"B,2024-05-02,x", b""]
    table = read(line_end.join(lines))
    assert [row.line for row in table.rows] == [2, 4]
    assert table.rows[0].values["notes"] == "two\nlines"


def test_spaces_before_an_opening_quote_are_allowed() -> None:
    table = read(b'name, intake_date, notes\nA, 2024-05-01, "Called, no answer"\n')
    assert table.rows[0].values["notes"] == "Called, no answer"


def test_quotes_inside_an_unquoted_cell_are_ordinary_characters() -> None:
    table = read(b'name,intake_date,notes\nA,2024-05-01,6" ruler\n')
    assert table.rows[0].values["notes"] == '6" ruler'


def test_a_quote_that_never_closes_is_reported_at_its_line() -> None:
    data = b'name,intake_date,notes\nA,2024-05-01,fine\nB,2024-05-02,"never closed\nC,x,y\n'
    (problem,) = problems_of(data)
    assert problem.line == 3
    assert problem.message.startswith("Line 3 starts a quoted cell that never ends")


def test_a_quote_that_never_closes_in_the_header_is_reported() -> None:
    (problem,) = problems_of(b'"name,intake_date\nA,2024-05-01\n')
    assert problem.line == 1


# --- The header --------------------------------------------------------------------------


def test_column_names_ignore_case_and_surrounding_spaces() -> None:
    table = read(b" NAME , Intake_Date \nA,2024-05-01\n")
    assert table.columns == ["name", "intake_date"]
    assert table.rows[0].values["intake_date"] == "2024-05-01"


def test_empty_unnamed_columns_excel_leaves_behind_are_ignored() -> None:
    table = read(b"name;intake_date;;\r\nA;2024-05-01;;\r\n;;;\r\nB;2024-05-02;  ;\r\n")
    assert table.columns == ["name", "intake_date"]
    assert [row.line for row in table.rows] == [2, 4]
    assert table.warnings == []


def test_an_unnamed_column_with_data_is_a_problem() -> None:
    (problem,) = problems_of(b"name,intake_date,,notes\nA,2024-05-01,x,y\n")
    assert problem == CsvProblem(
        None,
        "Column 3 (C) has data but no name in the header. Give it a name, or delete the column.",
    )


def test_a_repeated_column_is_a_problem() -> None:
    (problem,) = problems_of(b"name,intake_date,Name\nA,2024-05-01,B\n")
    assert problem.line is None
    assert problem.message.startswith("The column 'name' appears more than once.")


def test_each_missing_required_column_is_its_own_problem() -> None:
    problems = problems_of(b"notes\nhello\n", required=("name", "intake_date"), optional=("notes",))
    assert problems == [
        CsvProblem(None, "The column 'name' is missing."),
        CsvProblem(None, "The column 'intake_date' is missing."),
    ]


def test_columns_peerdesk_doesnt_use_are_ignored_with_a_warning() -> None:
    table = read(b"name,intake_date,shoe_size,Favourite Colour\nA,2024-05-01,9,blue\n")
    assert table.warnings == [
        "The column 'shoe_size' isn't used by PeerDesk and was ignored.",
        "The column 'Favourite Colour' isn't used by PeerDesk and was ignored.",  # as typed
    ]
    assert table.columns == ["name", "intake_date", "shoe_size", "favourite_colour"]
    assert set(table.rows[0].values) == {"name", "intake_date", "notes", "in_person"}


def test_repeated_columns_like_item1_to_item10_are_kept() -> None:
    header = "participant,date," + ",".join(f"Item{i}" for i in range(1, 11))
    row = "P1,2024-05-01," + ",".join(str(i % 5) for i in range(1, 11))
    table = read_csv(
        f"{header}\n{row}\n".encode(), required=("participant", "date"), repeated_prefixes=("item",)
    )
    assert table.warnings == []
    assert table.rows[0].values["item10"] == "0"
    assert len(table.rows[0].values) == 12


def test_optional_columns_the_file_lacks_read_as_empty() -> None:
    table = read(b"name,intake_date\nA,2024-05-01\n")
    assert table.rows[0].values["notes"] == ""


@pytest.mark.parametrize(
    "data", [b"", b"\r\n\r\n", b"  \n\t\n", b";;;\r\n;;;\r\n", b"\xef\xbb\xbf", b'"",""\n']
)
def test_an_empty_file_says_so(data: bytes) -> None:
    assert problems_of(data) == [CsvProblem(None, "The file is empty.")]


def test_a_header_with_no_rows_is_an_empty_table() -> None:
    table = read(b"name,intake_date\r\n\r\n")
    assert table.rows == [] and table.columns == ["name", "intake_date"]


def test_a_file_without_a_header_gets_one_problem_that_names_the_needed_columns() -> None:
    (problem,) = problems_of(f"{SECRET},2024-05-01\nB,2024-05-02\n".encode())
    assert "none of its names are ones PeerDesk uses" in problem.message
    assert "name, intake_date" in problem.message
    assert SECRET.lower() not in problem.message.lower()


def test_leading_blank_lines_keep_line_numbers_as_in_the_file() -> None:
    table = read(b"\n\nname,intake_date\nA,2024-05-01\n")
    assert table.rows[0].line == 4


# --- Rows --------------------------------------------------------------------------------


def test_blank_records_and_trailing_blank_lines_are_skipped() -> None:
    data = b"name,intake_date\r\nA,2024-05-01\r\n,\r\n   ,  \r\nB,2024-05-02\r\n\r\n\r\n\r\n"
    table = read(data)
    assert [row.line for row in table.rows] == [2, 5]


def test_short_rows_are_fine() -> None:
    table = read(b"name,intake_date,notes,in_person\nA,2024-05-01\n")
    assert table.rows[0].values == {
        "name": "A",
        "intake_date": "2024-05-01",
        "notes": "",
        "in_person": "",
    }


def test_extra_empty_cells_are_fine_but_extra_data_is_a_problem() -> None:
    data = b"name,intake_date\nA,2024-05-01,,\nB,2024-05-02\nC,2024-05-03,,surprise\n"
    assert problems_of(data) == [
        CsvProblem(4, "Line 4 has more cells than the header has columns.")
    ]


def test_every_problem_is_reported_at_once() -> None:
    data = b"name,notes\nA,x,y\nB,fine\nC,x,y,z\n"
    with pytest.raises(CsvError) as caught:
        read(data)
    error = caught.value
    assert [p.line for p in error.problems] == [None, 2, 4]
    assert error.message == "The file has 3 problems; nothing was imported."
    assert str(error) == error.message


def test_the_error_survives_pickling() -> None:
    error = CsvError([CsvProblem(None, "The file is empty."), CsvProblem(3, "Line 3 …")])
    copy = pickle.loads(pickle.dumps(error))
    assert copy.problems == error.problems and copy.message == error.message


def test_a_single_problem_is_the_whole_message() -> None:
    with pytest.raises(CsvError) as caught:
        read(b"name\nA\n")
    assert caught.value.message == "The column 'intake_date' is missing."
    assert isinstance(caught.value, InvalidInput) and caught.value.exit_code == 4


def test_no_message_repeats_a_cell() -> None:
    s = SECRET
    files = [
        f"name,intake_date\nA,2024-05-01,{s}\n",  # beyond the header
        f"name,intake_date,\nA,2024-05-01,{s}\n",  # under an unnamed header cell
        f'name,intake_date\nA,"{s}\n',  # in a quoted cell that never ends
        f"name,intake_date,extra\nA,2024-05-01,{s}\n",  # in an ignored column
        f"{s},{s}\n{s},{s}\n",  # a file without a header
        f"intake_date\n{s}\n",  # a missing column
    ]
    for text in files:
        for data in (text.encode(), text.encode("cp1252", errors="replace")):
            try:
                table = read(data)
            except CsvError as error:
                assert s.lower() not in error.message.lower()
                for problem in error.problems:
                    assert s.lower() not in problem.message.lower()
            else:
                assert not any(s.lower() in w.lower() for w in table.warnings)


# --- Dates -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("dates", "order"),
    [
        (["2024-05-01", "", "2024-12-31"], DateOrder.ISO),
        ([], DateOrder.ISO),
        (["", "  "], DateOrder.ISO),
        (["01/05/2024", "25/12/2024", "2024-01-01"], DateOrder.DMY),
        (["31.12.2024", "01.02.2024"], DateOrder.DMY),
        (["31-12-2024"], DateOrder.DMY),
        (["5/1/2024", "12/25/2024 0:00"], DateOrder.MDY),
        (["01/05/2024", "02/06/2024"], None),
        (["01/05/2024", "2024-12-31"], None),
        (["13/13/2024", "01/05/2024"], None),
    ],
)
def test_the_date_order_is_worked_out_from_the_column(
    dates: list[str], order: DateOrder | None
) -> None:
    assert detect_date_order(dates) is order


def test_mixed_day_first_and_month_first_dates_are_a_problem() -> None:
    with pytest.raises(CsvError) as caught:
        detect_date_order(["25/12/2024", "", "12/25/2024"])
    assert caught.value.problems == [
        CsvProblem(
            None,
            "The dates mix day-first and month-first order. Use one order in the whole file.",
        )
    ]


@pytest.mark.parametrize(
    ("text", "order", "expected"),
    [
        ("2024-05-01", None, datetime.date(2024, 5, 1)),
        (" 2024-5-1 ", DateOrder.MDY, datetime.date(2024, 5, 1)),
        ("2024/05/01", DateOrder.ISO, datetime.date(2024, 5, 1)),
        ("2024-05-01 00:00:00", None, datetime.date(2024, 5, 1)),
        ("2024-05-01T09:30", None, datetime.date(2024, 5, 1)),
        ("01/05/2024", DateOrder.DMY, datetime.date(2024, 5, 1)),
        ("01/05/2024", DateOrder.MDY, datetime.date(2024, 1, 5)),
        ("31.12.2024", DateOrder.DMY, datetime.date(2024, 12, 31)),
        ("5/1/2024 12:00:00 AM", DateOrder.MDY, datetime.date(2024, 5, 1)),
        ("29/02/2024", DateOrder.DMY, datetime.date(2024, 2, 29)),
    ],
)
def test_dates_are_read(text: str, order: DateOrder | None, expected: datetime.date) -> None:
    assert parse_date(text, order) == expected


@pytest.mark.parametrize(
    ("text", "order", "message"),
    [
        ("31/02/2024", DateOrder.DMY, "isn't a real date"),
        ("2023-02-29", None, "isn't a real date"),
        ("0000-01-01", None, "isn't a real date"),
        ("12/31/2024", DateOrder.DMY, "isn't a real date"),
        ("01/05/24", DateOrder.DMY, "needs a four-digit year"),
        ("01/05/124", DateOrder.MDY, "needs a four-digit year"),
        ("01/05/2024", None, "isn't a date in the form YYYY-MM-DD"),
        ("01/05/2024", DateOrder.ISO, "isn't a date in the form YYYY-MM-DD"),
        ("May 1st", DateOrder.DMY, "isn't a date in the form DD/MM/YYYY"),
        ("1/5/2024/7", DateOrder.MDY, "isn't a date in the form MM/DD/YYYY"),
        ("  ", None, "is empty but needs a date"),
    ],
)
def test_bad_dates_say_what_is_wrong_without_repeating_the_text(
    text: str, order: DateOrder | None, message: str
) -> None:
    with pytest.raises(ValueError) as caught:
        parse_date(text, order)
    assert str(caught.value) == message


# --- Other cells -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("yes", True),
        (" YES ", True),
        ("True", True),
        ("y", True),
        ("1", True),
        ("no", False),
        ("FALSE", False),
        ("N", False),
        ("0", False),
        ("", None),
        ("   ", None),
    ],
)
def test_flags(text: str, expected: bool | None) -> None:
    assert parse_flag(text) is expected


@pytest.mark.parametrize("text", ["maybe", "2", "yes please", "oui"])
def test_bad_flags(text: str) -> None:
    with pytest.raises(ValueError, match=r"^should be yes or no$"):
        parse_flag(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("30", 30), (" 30 ", 30), ("30.0", 30), ("30,00", 30), ("-4", -4), ("+7", 7), ("", None)],
)
def test_whole_numbers(text: str, expected: int | None) -> None:
    assert parse_whole_number(text) == expected


@pytest.mark.parametrize("text", ["thirty", "30.5", "1,000", "1.000", "3e1", "١٢", "30 min"])
def test_bad_whole_numbers(text: str) -> None:
    with pytest.raises(ValueError, match=r"^should be a whole number$"):
        parse_whole_number(text)


def test_whole_numbers_outside_the_range() -> None:
    assert parse_whole_number("10", minimum=0, maximum=10) == 10
    with pytest.raises(ValueError, match=r"^should be between 0 and 10$"):
        parse_whole_number("11", minimum=0, maximum=10)
    with pytest.raises(ValueError, match=r"^should be 1 or more$"):
        parse_whole_number("0", minimum=1)
    with pytest.raises(ValueError, match=r"^should be 5 or less$"):
        parse_whole_number("6", maximum=5)
    with pytest.raises(ValueError, match=r"^should be between 0 and 10$"):
        parse_whole_number("9" * 5000, minimum=0, maximum=10)


def test_lists() -> None:
    assert parse_list(" housing ; food;; ;benefits ") == ["housing", "food", "benefits"]
    assert parse_list("") == []


@pytest.mark.parametrize("text", ["In person", "in-person", "IN_PERSON", " In  - person "])
def test_codes(text: str) -> None:
    assert normalise_code(text) == "in_person"


# --- Properties --------------------------------------------------------------------------


def _read_or_csv_error(data: bytes, *, required: Sequence[str] = REQUIRED) -> None:
    try:
        table = read(data, required=required, repeated_prefixes=("item",))
    except CsvError as error:
        assert error.problems
    else:
        assert isinstance(table, CsvTable)


@given(st.binary(max_size=400))
@example(b"\xff\xfe\x00")  # a UTF-16 BOM and half a character
@example(b'"')
@example(b"sep=")
def test_any_bytes_give_a_table_or_a_csv_error(data: bytes) -> None:
    _read_or_csv_error(data)
    _read_or_csv_error(data, required=())


CSV_PIECES = st.sampled_from(
    ["name", "intake_date", "notes", "x", " ", ",", ";", "\t", '"', '""', "\r", "\n", "\r\n"]
)


@given(st.text(max_size=200) | st.lists(CSV_PIECES, max_size=40).map("".join))
def test_any_text_gives_a_table_or_a_csv_error(text: str) -> None:
    _read_or_csv_error(text.encode())
    _read_or_csv_error(("name,intake_date\n" + text).encode())


HEADER_NAMES = st.lists(
    st.from_regex(r"[a-z][a-z0-9_]{0,10}", fullmatch=True), min_size=2, max_size=5, unique=True
)
CELL_TEXT = st.text(
    st.characters(exclude_characters="\x00", exclude_categories=["Cs"]), max_size=15
) | st.sampled_from(['"', '""', ",", ";", "\t", "\n", "\r\n", "\r", ' "quoted" ', "a,b;c"])


def _as_read(value: str) -> str:
    return value.replace("\r\n", "\n").replace("\r", "\n").strip()


@given(
    names=HEADER_NAMES,
    cells=st.lists(st.lists(CELL_TEXT, min_size=5, max_size=5), max_size=6),
    delimiter=st.sampled_from([",", ";", "\t"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig"]),
)
def test_what_the_csv_module_writes_reads_back(
    names: list[str], cells: list[list[str]], delimiter: str, encoding: str
) -> None:
    header_case = [name.upper() if i % 2 else name for i, name in enumerate(names)]
    rows = [row[: len(names)] for row in cells]
    pieces = []
    for row in [header_case, *rows]:
        buffer = io.StringIO(newline="")
        csv.writer(buffer, delimiter=delimiter).writerow(row)
        pieces.append(buffer.getvalue())
    table = read_csv("".join(pieces).encode(encoding), required=names[:1], optional=names[1:])

    assert table.columns == names and table.delimiter == delimiter
    expected, line = [], 1 + _line_breaks(pieces[0])
    for piece, row in zip(pieces[1:], rows, strict=True):
        if any(_as_read(v) for v in row):
            expected.append((line, dict(zip(names, map(_as_read, row), strict=True))))
        line += _line_breaks(piece)
    assert [(r.line, r.values) for r in table.rows] == expected


def _line_breaks(text: str) -> int:
    return text.count("\n") + text.count("\r") - text.count("\r\n")


@given(st.lists(st.text(max_size=20) | st.from_regex(r"[0-9]{1,3}[/.-][0-9]{1,3}[/.-][0-9]{1,5}")))
def test_detecting_the_date_order_raises_only_csv_error(dates: list[str]) -> None:
    try:
        order = detect_date_order(dates)
    except CsvError as error:
        assert [p.line for p in error.problems] == [None]
    else:
        assert order is None or isinstance(order, DateOrder)


SECRETS = st.from_regex(r"[A-Za-z]{4,10}", fullmatch=True).map(lambda s: f"Qx{s}Zq")


@given(secret=SECRETS, where=st.integers(0, 5), delimiter=st.sampled_from([",", ";"]))
def test_problems_and_warnings_never_contain_a_cell(
    secret: str, where: int, delimiter: str
) -> None:
    d = delimiter
    bad_rows = [
        f"A{d}2024-05-01{d}{secret}",
        f'A{d}"{secret}',
        f"{secret}{d}2024-05-01{d}{d}{d}{secret}",
        f"A{d}{secret}{d}x{d}y{d}{secret}",
        f'"{secret}\n{secret}"{d}2024-05-01{d}{secret}{d}{secret}{d}{secret}',
        f"{secret}",
    ]
    headers = [f"name{d}intake_date{d}ignored", f"name{d}intake_date", f"{secret}{d}{secret}"]
    for header in headers:
        data = f"{header}\n{bad_rows[where]}\nB{d}2024-05-02\n".encode()
        try:
            table = read(data)
        except CsvError as error:
            texts = [error.message, *(p.message for p in error.problems)]
            assert all(secret.lower() not in t.lower() for t in texts)
        else:
            assert all(secret.lower() not in w.lower() for w in table.warnings)
    for parse in (
        lambda: parse_date(secret, DateOrder.DMY),
        lambda: parse_flag(secret),
        lambda: parse_whole_number(secret),
    ):
        with pytest.raises(ValueError) as caught:
            parse()
        assert secret.lower() not in str(caught.value).lower()


def test_spreadsheet_style_column_names_match() -> None:
    table = read_csv(
        b"Participant ID;Display-Name;INTAKE DATE\nP1;Ana;2024-05-01\n",
        required=["participant_id", "display_name", "intake_date"],
    )
    assert table.rows[0].values == {
        "participant_id": "P1",
        "display_name": "Ana",
        "intake_date": "2024-05-01",
    }
