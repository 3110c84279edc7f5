"""One page of every report, made from the demo vault with a fixed date, as PNGs for
the README: `make screenshots` writes them to docs/reports/ and, in Spanish, to
docs/reports/es/ (needs pdftoppm)."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("PEERDESK_KDF_ITERATIONS", "1")

import i18n as translations  # tools/i18n.py: builds the .qm files

from peerdesk.i18n import ENGLISH, SPANISH, use_language
from peerdesk.services.caseload import CaseloadService
from peerdesk.services.demo import DEMO_PASSPHRASE, build_demo_vault
from peerdesk.services.groups import GroupService
from peerdesk.services.reports import ReportRequest, ReportService
from peerdesk.vault.vault import Vault

OUT = Path(__file__).resolve().parent.parent / "docs" / "reports"
TODAY = date(2026, 11, 24)
START, END = date(2026, 8, 1), date(2026, 10, 31)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        made = build_demo_vault(Path(folder) / "demo", participants=60, today=TODAY)
        vault = Vault(made.folder).unlock("demo", DEMO_PASSPHRASE)
        try:
            today = lambda: TODAY  # noqa: E731 - a fixed day for every report
            group = GroupService(vault, today).groups()[0].name
            someone = next(
                r.participant_id for r in CaseloadService(vault, today).rows() if r.latest_hope
            )
            requests = {
                "caseload": ReportRequest("caseload", peer="sam"),
                "participant": ReportRequest("participant", participant=someone),
                "participant-plain": ReportRequest("participant", participant=someone, plain=True),
                "attendance": ReportRequest("attendance", START, END, group=group),
                "signin-sheet": ReportRequest("signin-sheet", TODAY, TODAY, group=group),
                "training": ReportRequest("training", TODAY, TODAY),
                "program": ReportRequest("program", START, END),
            }
            service = ReportService(vault, today)
            translations.release()
            for language, out in ((ENGLISH, OUT), (SPANISH, OUT / "es")):
                use_language(language)  # reports print in the language of who makes them
                out.mkdir(exist_ok=True)
                for name, request in requests.items():
                    pdf = Path(folder) / f"{name}.pdf"
                    service.write(request, pdf)
                    subprocess.run(
                        ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile",
                         str(pdf), str(out / name)],
                        check=True,
                    )  # fmt: skip
                    print(f"wrote {out.relative_to(OUT.parent.parent)}/{name}.png")
        finally:
            vault.lock()
    return 0


if __name__ == "__main__":
    sys.exit(main())
