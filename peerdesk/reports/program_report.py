"""The program report, for funders and boards: the DESIGN.md section 7 figures for a
period beside the previous period of the same length, charts of attendance by month,
hope change and BARC-10 totals, and breakdowns by group, language and referral source.

It is de-identified: no participant or staff names and no contact details, and in the
breakdowns a count of 1 to 4 is printed as "<5" so a small group can't be picked out.
Rates are printed as percentages with one decimal (0.812 is 81.2%), means with two
decimals, exactly as `peerdesk metrics` gives them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from peerdesk.i18n import QT_TRANSLATE_NOOP, short_month, translate
from peerdesk.reports.layout import (
    DEIDENTIFIED_PRIVACY,
    EN_DASH,
    ReportMeta,
    Styles,
    bar_chart,
    build_report,
    data_table,
    kept,
    period_words,
    section,
    text,
)

TITLE = QT_TRANSLATE_NOOP("Reports", "Program report")
DESCRIPTION = QT_TRANSLATE_NOOP(
    "Reports",
    "For funders and boards (coordinators): the program's figures for the period beside "
    "the previous one, charts of attendance, hope and recovery capital, and breakdowns "
    "with small counts hidden. No names anywhere.",
)
NO_DATA = QT_TRANSLATE_NOOP("Reports", "no data")
SMALL = "<5"

# (key, words) in the order the key figures table shows them.
FIGURES = (
    ("participants_served", QT_TRANSLATE_NOOP("Reports", "Participants served")),
    ("new_intakes", QT_TRANSLATE_NOOP("Reports", "New intakes")),
    ("contacts_total", QT_TRANSLATE_NOOP("Reports", "Contacts")),
    ("group_sessions_held", QT_TRANSLATE_NOOP("Reports", "Group sessions held")),
    ("attendance_marks", QT_TRANSLATE_NOOP("Reports", "Attendance marks")),
    ("attendance_rate", QT_TRANSLATE_NOOP("Reports", "Attendance rate")),
    ("retained_90d", QT_TRANSLATE_NOOP("Reports", "Still engaged 90 days after intake")),
    ("hope_change_mean", QT_TRANSLATE_NOOP("Reports", "Average change in hope rating")),
    ("barc10_latest_mean", QT_TRANSLATE_NOOP("Reports", "Average latest BARC-10 total")),
    ("barc10_at_or_above_47", QT_TRANSLATE_NOOP("Reports", "BARC-10 total of 47 or more")),
    ("followups_due", QT_TRANSLATE_NOOP("Reports", "Follow-ups due")),
    ("followups_done", QT_TRANSLATE_NOOP("Reports", "Follow-ups done")),
    ("staff_training_compliance", QT_TRANSLATE_NOOP("Reports", "Staff with all required training")),
)
RATES = {"attendance_rate", "retained_90d", "barc10_at_or_above_47", "staff_training_compliance"}
MEANS = {"hope_change_mean", "barc10_latest_mean"}
CONTACT_WORDS = {
    "in_person": QT_TRANSLATE_NOOP("Reports", "In person"),
    "phone": QT_TRANSLATE_NOOP("Reports", "Phone"),
    "text": QT_TRANSLATE_NOOP("Reports", "Text message"),
    "outreach": QT_TRANSLATE_NOOP("Reports", "Outreach"),
    "accompanied": QT_TRANSLATE_NOOP("Reports", "Accompanied to an appointment"),
    "group_followup": QT_TRANSLATE_NOOP("Reports", "Group follow-up"),
}
# Each breakdown's column heading and the subheading above its table.
BREAKDOWN_WORDS = {
    "group": (QT_TRANSLATE_NOOP("Reports", "Group"), QT_TRANSLATE_NOOP("Reports", "By group")),
    "language": (
        QT_TRANSLATE_NOOP("Reports", "Preferred language"),
        QT_TRANSLATE_NOOP("Reports", "By preferred language"),
    ),
    "referral_source": (
        QT_TRANSLATE_NOOP("Reports", "Referred by"),
        QT_TRANSLATE_NOOP("Reports", "By who referred them"),
    ),
}
BARC10_BINS = ((10, 19), (20, 29), (30, 39), (40, 46), (47, 60))


@dataclass(frozen=True)
class ProgramReportData:
    organisation: str
    start: date
    end: date
    previous_start: date
    previous_end: date
    made_on: date
    made_by: str
    figures: dict[str, Any]
    previous: dict[str, Any]
    by_month: list[tuple[date, float | None, int]]  # month, attendance rate, marks
    hope_changes: list[int]  # latest minus first, per participant with 2 or more ratings
    barc10_totals: list[int]  # latest total per participant with one in the period
    breakdowns: dict[str, dict[str, dict[str, Any]]]  # by → value → figures
    logo: bytes | None = None  # printed on the first page, if the program set one


def show(key: str, value: Any) -> str:
    """A figure as printed: rates as percentages, means with two decimals."""
    if value is None:
        return translate("Reports", NO_DATA)
    if key in RATES:
        return f"{value * 100:.1f}%"
    if key in MEANS:
        return f"{value:+.2f}" if key == "hope_change_mean" else f"{value:.2f}"
    return str(value)


def _change(key: str, now: Any, before: Any) -> str:
    if now is None or before is None:
        return ""
    if key in RATES:
        return translate("Reports", "{0} points", "a change in a percentage").format(
            f"{(now - before) * 100:+.1f}"
        )
    if key in MEANS:
        return f"{now - before:+.2f}"
    return f"{now - before:+d}"


def small(count: int) -> str:
    """A count as a de-identified breakdown prints it."""
    return SMALL if 1 <= count <= 4 else str(count)


def _key_figures(data: ProgramReportData, s: Styles) -> list[Flowable]:
    rows = [
        [
            translate("Reports", words),
            show(key, data.figures.get(key)),
            show(key, data.previous.get(key)),
            _change(key, data.figures.get(key), data.previous.get(key)),
        ]
        for key, words in FIGURES
    ]
    intro = translate(
        "Reports",
        "This period: {0}. Previous period of the same length: {1}. Served: at least one "
        "contact or attended group session. Attendance rate: present or late out of all "
        "marks. Still engaged: of those who started at least 90 days before the end, in "
        "touch 90 days or more after intake. Staff training: share of staff with every "
        "required training current on the last day.",
    ).format(
        period_words(data.start, data.end), period_words(data.previous_start, data.previous_end)
    )
    return [
        *section(translate("Reports", "Key figures"), intro, s),
        data_table(
            [
                translate("Reports", "Measure"),
                translate("Reports", "This period"),
                translate("Reports", "Previous period"),
                translate("Reports", "Change"),
            ],
            rows,
            [0.5, 0.16, 0.17, 0.17],
            s,
            right_align=(1, 2, 3),
        ),
    ]


def _contacts(data: ProgramReportData, s: Styles) -> list[Flowable]:
    now, before = data.figures["contacts_by_type"], data.previous["contacts_by_type"]
    rows = [
        [
            translate("Reports", CONTACT_WORDS[kind]) if kind in CONTACT_WORDS else kind,
            str(now.get(kind, 0)),
            str(before.get(kind, 0)),
        ]
        for kind in now
    ]
    return [
        *section(translate("Reports", "Contacts by type"), None, s),
        data_table(
            [
                translate("Reports", "Type"),
                translate("Reports", "This period"),
                translate("Reports", "Previous period"),
            ],
            rows,
            [0.5, 0.25, 0.25],
            s,
            right_align=(1, 2),
        ),
    ]


def _attendance_chart(data: ProgramReportData, s: Styles) -> list[Flowable]:
    months = [(m, rate) for m, rate, marks in data.by_month if marks]
    parts = section(
        translate("Reports", "Attendance by month"),
        translate("Reports", "Attended (present or late) ÷ all marks, each month."),
        s,
    )
    if not months:
        return [
            *parts,
            text(translate("Reports", "No attendance was taken in this period."), s.body),
        ]
    labels = [f"{short_month(m.month)} {m:%y}" for m, _ in months]
    values = [round((rate or 0) * 100, 1) for _, rate in months]
    chart = bar_chart(labels, values, s, value_max=100, value_words=lambda v: f"{v:.0f}%")
    return [kept([*parts, chart])]  # a chart never leaves its heading behind


def _hope_chart(data: ProgramReportData, s: Styles) -> list[Flowable]:
    parts = section(
        translate("Reports", "Change in hope"),
        translate(
            "Reports",
            "Among participants with two or more hope ratings in the period: the latest "
            "rating minus the first (0 to 10 scale).",
        ),
        s,
    )
    if not data.hope_changes:
        return [
            *parts,
            text(translate("Reports", "Nobody had two hope ratings in this period."), s.body),
        ]
    buckets = (
        (translate("Reports", "Down 3 or more"), lambda d: d <= -3),
        (translate("Reports", "Down 1 or 2"), lambda d: -3 < d < 0),
        (translate("Reports", "No change"), lambda d: d == 0),
        (translate("Reports", "Up 1 or 2"), lambda d: 0 < d < 3),
        (translate("Reports", "Up 3 or more"), lambda d: d >= 3),
    )
    counts = [sum(1 for d in data.hope_changes if test(d)) for _, test in buckets]
    average = show("hope_change_mean", data.figures.get("hope_change_mean"))
    caption = translate("Reports", "Participants, {0} in all; average change {1}").format(
        len(data.hope_changes), average
    )
    chart = bar_chart([name for name, _ in buckets], counts, s)
    return [kept([*parts, text(caption, s.small), chart])]


def _barc10_chart(data: ProgramReportData, s: Styles) -> list[Flowable]:
    parts = section(
        translate("Reports", "BARC-10 totals"),
        translate(
            "Reports",
            "The latest Brief Assessment of Recovery Capital (10 to 60) of each participant "
            "who completed one in the period. 47 or more is the usual mark of strong "
            "recovery capital.",
        ),
        s,
    )
    if not data.barc10_totals:
        return [
            *parts,
            text(translate("Reports", "Nobody completed a BARC-10 in this period."), s.body),
        ]
    counts = [sum(1 for t in data.barc10_totals if low <= t <= high) for low, high in BARC10_BINS]
    labels = [f"{low}{EN_DASH}{high}" for low, high in BARC10_BINS]
    caption = translate("Reports", "Participants, {0} in all").format(len(data.barc10_totals))
    return [kept([*parts, text(caption, s.small), bar_chart(labels, counts, s)])]


def _breakdowns(data: ProgramReportData, s: Styles) -> list[Flowable]:
    story: list[Flowable] = section(
        translate("Reports", "Breakdowns"),
        translate("Reports", "Counts of 1 to 4 are shown as <5 so nobody can be picked out."),
        s,
    )
    for by, values in data.breakdowns.items():
        rows = [
            [
                value,
                small(figures["participants_served"]),
                small(figures["new_intakes"]),
                small(figures["contacts_total"]),
                show("attendance_rate", figures["attendance_rate"]),
            ]
            for value, figures in values.items()
        ]
        title, by_title = BREAKDOWN_WORDS.get(by, (by, by))
        story.append(
            kept(
                [
                    text(translate("Reports", by_title), s.subheading),
                    data_table(
                        [
                            translate("Reports", title),
                            translate("Reports", "Served"),
                            translate("Reports", "New intakes"),
                            translate("Reports", "Contacts"),
                            translate("Reports", "Attendance rate"),
                        ],
                        rows,
                        [0.36, 0.14, 0.16, 0.14, 0.2],
                        s,
                        right_align=(1, 2, 3, 4),
                        empty=translate("Reports", "Nothing recorded in this period."),
                    ),
                    Spacer(1, 3 * mm),
                ]
            )
        )
    return story


def program_report_pdf(
    data: ProgramReportData, paper: str = "a4", progress: Any = None
) -> tuple[bytes, int]:
    meta = ReportMeta(
        title=translate("Reports", TITLE),
        organisation=data.organisation,
        logo=data.logo,
        period=period_words(data.start, data.end),
        made_on=data.made_on,
        made_by=data.made_by,
        privacy_line=translate("Reports", DEIDENTIFIED_PRIVACY),
    )

    def story(s: Styles) -> list[Flowable]:
        return (
            _key_figures(data, s)
            + _contacts(data, s)
            + _attendance_chart(data, s)
            + _hope_chart(data, s)
            + _barc10_chart(data, s)
            + _breakdowns(data, s)
        )

    return build_report(meta, story, paper, progress)
