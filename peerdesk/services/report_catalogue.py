"""The reports PeerDesk can make, by the name `peerdesk report KIND` uses. Each entry
says what the report needs and which function builds it (in the report's own service
module); `ReportService` in reports.py is how they are made."""

from __future__ import annotations

from peerdesk.services.reports import ReportKind

REPORTS: dict[str, ReportKind] = {}
