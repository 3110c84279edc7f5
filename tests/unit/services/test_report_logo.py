"""A coordinator's logo is printed on the first page of every report."""

from __future__ import annotations

from io import BytesIO

import pytest
from PIL import Image
from pypdf import PdfReader

from peerdesk.errors import InvalidInput, PermissionDenied
from peerdesk.services.reports import ReportRequest, ReportService
from peerdesk.services.settings import SettingsService
from tests.unit.services.conftest import TODAY, Staffed


def _png() -> bytes:
    out = BytesIO()
    Image.new("RGB", (300, 100), (42, 111, 151)).save(out, "PNG")
    return out.getvalue()


def _images_on_first_page(content: bytes) -> int:
    page = PdfReader(BytesIO(content)).pages[0]
    objects = page["/Resources"].get("/XObject", {})
    return sum(1 for ref in objects.values() if ref.get_object()["/Subtype"] == "/Image")


def test_the_logo_is_on_every_reports_first_page(staffed: Staffed) -> None:
    cora = staffed.as_("cora")
    reports = ReportService(cora, lambda: TODAY)
    before = reports.build(ReportRequest("training", TODAY, TODAY))
    assert _images_on_first_page(before.content) == 0
    SettingsService(cora).set_logo(_png())
    for request in (ReportRequest("training", TODAY, TODAY), ReportRequest("caseload")):
        assert _images_on_first_page(reports.build(request).content) == 1
    SettingsService(cora).set_logo(None)
    assert SettingsService(cora).logo() is None
    assert _images_on_first_page(reports.build(ReportRequest("caseload")).content) == 0


def test_only_a_coordinator_sets_it_and_only_to_a_picture(staffed: Staffed) -> None:
    with pytest.raises(PermissionDenied):
        SettingsService(staffed.as_("pia")).set_logo(_png())
    cora = SettingsService(staffed.as_("cora"))
    with pytest.raises(InvalidInput, match="PNG or JPEG"):
        cora.set_logo(b"%PDF-1.4 not a picture")
    with pytest.raises(InvalidInput, match="1 MB"):
        cora.set_logo(b"\x89PNG\r\n\x1a\n" + bytes(2 * 1024 * 1024))
    assert cora.logo() is None
