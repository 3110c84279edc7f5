"""How fast a long attendance report is made, next to plain reportlab making a table of
the same size in the same run.

A group of 500 members with two years of weekly sessions (104 sessions, 52,000 marks)
gives an attendance report of about 100 pages: the per-person table and eight blocks of
sessions. Timed (median of 3):

- report: `ReportService.build` for the attendance report, as `peerdesk report
  attendance` and the Reports area make it: reading the marks through the group service,
  laying out and writing the PDF;
- layout only: the same PDF from data already read;
- plain reportlab: SimpleDocTemplate and one Table of strings with its heading row
  repeated, with as many rows and columns as the report's grid, in the same fonts.

Target: report ≤ 2 x plain reportlab.

Run: .venv/bin/python benchmarks/report_attendance.py [--members N] [--weeks N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from io import BytesIO
from pathlib import Path

from results import result

os.environ.setdefault("PEERDESK_KDF_ITERATIONS", "1")  # building vaults fast

from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

from peerdesk.db.models import AttendanceMark, Role
from peerdesk.reports.attendance_report import SESSIONS_PER_TABLE, attendance_report_pdf
from peerdesk.reports.layout import HEADER_FILL, RULE
from peerdesk.reports.pdf_common import report_fonts
from peerdesk.services.attendance_report import attendance_report
from peerdesk.services.groups import GroupService
from peerdesk.services.participants import ParticipantService
from peerdesk.services.reports import ReportRequest, ReportService
from peerdesk.vault.vault import UnlockedVault, Vault

TODAY = date(2026, 11, 26)
GROUP = "Thursday Circle"
TARGET_RATIO = 2.0
ROUNDS = 3


def _today() -> date:
    return TODAY


def build(folder: Path, members: int, weeks: int) -> tuple[UnlockedVault, date]:
    coordinator, _ = Vault(folder).create("cora", Role.COORDINATOR, "cora passphrase here")
    people = ParticipantService(coordinator, _today)
    groups = GroupService(coordinator, _today)
    group = groups.create_group(GROUP, schedule="Thursdays 6pm", facilitators=["cora"])
    start = TODAY - timedelta(weeks=weeks)
    ids = []
    with coordinator.transaction() as s:
        for number in range(members):
            pid = people.create(f"Member {number:03d}", intake_date=start, session=s)
            groups.enrol(group, pid, start, session=s)
            ids.append(pid)
    marks = list(AttendanceMark)
    for week in range(weeks):
        session_id = groups.session_on(group, start + timedelta(weeks=week))
        groups.set_marks(
            session_id,
            {pid: marks[(week + number) % 7 % 4] for number, pid in enumerate(ids)},
        )
    return coordinator, start


def plain_reportlab(rows: int, columns: int) -> tuple[bytes, int]:
    """A table of `rows` x `columns` short strings with a repeated heading row, as
    reportlab's own examples make one."""
    fonts = report_fonts()
    header = ["Name", *(f"{c + 1}\nJan" for c in range(columns - 1))]
    body = [header] + [
        [f"Member {r:03d}", *("PLEA"[(r + c) % 4] for c in range(columns - 1))] for r in range(rows)
    ]
    name = 46 * mm
    widths = [name, *([(180 * mm - name) / (columns - 1)] * (columns - 1))]
    table = Table(body, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), fonts.regular, 8, 10),
                ("FONT", (0, 0), (-1, 0), fonts.bold, 7.5, 9),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("ALIGN", (1, 0), (-1, -1), "CENTRE"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ]
        )
    )
    buffer = BytesIO()
    doc = SimpleDocTemplate(buffer, leftMargin=15 * mm, rightMargin=15 * mm)
    doc.build([table])
    return buffer.getvalue(), doc.page


def median_seconds(make: Callable[[], object]) -> float:
    timings = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        make()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--members", type=int, default=500)
    parser.add_argument("--weeks", type=int, default=104)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        print(f"Building a group of {args.members} with {args.weeks} weekly sessions…")
        vault, start = build(Path(folder) / "vault", args.members, args.weeks)
        try:
            request = ReportRequest("attendance", start=start, end=TODAY, group=GROUP)
            service = ReportService(vault, _today)
            built = service.build(request)
            assert len(PdfReader(BytesIO(built.content)).pages) == built.pages
            _, data = attendance_report(vault, _today, GROUP, start, TODAY)
            grid_rows = (len(data.people) + 3) * -(-len(data.sessions) // SESSIONS_PER_TABLE)
            plain_rows = grid_rows + len(data.people)
            _, plain_pages = plain_reportlab(plain_rows, SESSIONS_PER_TABLE + 1)

            report = median_seconds(lambda: service.build(request))
            layout = median_seconds(lambda: attendance_report_pdf(data))
            plain = median_seconds(lambda: plain_reportlab(plain_rows, SESSIONS_PER_TABLE + 1))
        finally:
            vault.lock()
    ratio = report / plain
    result(f"attendance report, {built.pages} pages", report, "s", plain, "plain reportlab")
    print(f"attendance report:  {built.pages:4d} pages  {report:6.2f} s  (median of {ROUNDS})")
    print(f"  of which layout:              {layout:6.2f} s")
    print(f"plain reportlab:    {plain_pages:4d} pages  {plain:6.2f} s  ({plain_rows} rows)")
    verdict = "within" if ratio <= TARGET_RATIO else "OVER"
    print(f"ratio: {ratio:.2f} x plain reportlab ({verdict} the target of {TARGET_RATIO:g} x)")


if __name__ == "__main__":
    main()
