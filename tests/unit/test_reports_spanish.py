"""The reports print in the language chosen: in Spanish, the program report and both
versions of the participant summary have Spanish headings, footers and dates, and none of
the English ones. Made from plain data (no vault), the way the report services hand it
over."""

from __future__ import annotations

import re
from datetime import date
from io import BytesIO

from pypdf import PdfReader

from peerdesk.db.models import ContactType, GoalStatus, ParticipantStatus
from peerdesk.reports.participant_report import (
    GoalLine,
    GroupAttendance,
    MeasureSeries,
    MilestoneLine,
    ParticipantSummary,
    participant_report_pdf,
)
from peerdesk.reports.program_report import FIGURES, ProgramReportData, program_report_pdf

TODAY = date(2026, 11, 24)


def _text(content: bytes) -> str:
    pages = PdfReader(BytesIO(content)).pages
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in pages))


def _program_data() -> ProgramReportData:
    figures = {key: 3 for key, _ in FIGURES}
    figures.update(attendance_rate=0.8, retained_90d=0.5, hope_change_mean=1.25)
    figures.update(barc10_latest_mean=41.5, barc10_at_or_above_47=0.25)
    figures.update(staff_training_compliance=None, contacts_by_type={"phone": 4, "in_person": 2})
    previous = dict(figures, contacts_by_type={"phone": 1, "in_person": 0})
    return ProgramReportData(
        organisation="Harbour Peer Network",
        start=date(2026, 9, 1),
        end=date(2026, 10, 31),
        previous_start=date(2026, 7, 1),
        previous_end=date(2026, 8, 31),
        made_on=TODAY,
        made_by="cora",
        figures=figures,
        previous=previous,
        by_month=[(date(2026, 9, 1), 0.75, 8), (date(2026, 10, 1), 0.9, 10)],
        hope_changes=[-1, 0, 2, 4],
        barc10_totals=[25, 48],
        breakdowns={"group": {"Tuesday circle": {"participants_served": 6, "new_intakes": 2,
                                                 "contacts_total": 9, "attendance_rate": 0.8}}},
    )  # fmt: skip


def _summary() -> ParticipantSummary:
    hope = MeasureSeries(
        "hope", "Hope today", "Hope", 0, 10, True,
        ((date(2026, 9, 3), 4), (date(2026, 10, 1), 6), (date(2026, 10, 29), 7)),
    )  # fmt: skip
    return ParticipantSummary(
        organisation="Harbour Peer Network",
        made_on=TODAY,
        made_by="sam",
        start=date(2026, 9, 1),
        end=date(2026, 10, 31),
        participant_id="p-1",
        display_name="Zoë Okafor",
        legal_name=None,
        pronouns="she/her",
        status=ParticipantStatus.ACTIVE,
        status_since=date(2026, 9, 1),
        program_id="HPN-0042",
        intake_date=date(2026, 9, 1),
        peer="sam",
        peer_first_name="Sam",
        goals=(
            GoalLine(
                "Find a steady job",
                date(2026, 9, 3),
                GoalStatus.OPEN,
                (
                    MilestoneLine("Update my CV", date(2026, 9, 20), date(2026, 9, 18)),
                    MilestoneLine("Apply to three places", date(2026, 10, 30), None),
                ),
            ),
        ),
        measures=(hope,),
        attendance=(GroupAttendance("Tuesday circle", 8, 6, 1, date(2026, 10, 27), 0),),
        contacts_by_type={ContactType.PHONE: 3, ContactType.IN_PERSON: 2},
        contacts_all_with_peer=True,
        last_contact=date(2026, 10, 29),
        next_follow_up=date(2026, 12, 2),
    )


def test_the_program_report_prints_in_spanish(spanish: None) -> None:
    content, pages = program_report_pdf(_program_data())
    text = _text(content)
    for words in (
        "Informe del programa",
        "Cifras clave",
        "Contactos por tipo",
        "Asistencia por mes",
        "Cambio en la esperanza",
        "Totales del BARC-10",
        "Desgloses",
        "Participantes atendidos",
        "Hecho el",
        f"Página 1 de {pages}",
        "octubre de 2026",
    ):
        assert words in text, words
    for words in ("Program report", "Key figures", "Contacts by type", "Page 1 of", "Made on"):
        assert words not in text, words


def test_both_participant_summaries_print_in_spanish(spanish: None) -> None:
    staff, _pages, title = participant_report_pdf(_summary())
    assert title == "Resumen del participante"
    text = _text(staff)
    for words in (
        "Resumen del participante",
        "Metas y pasos",
        "Mediciones en el tiempo",
        "Asistencia a grupos",
        "Contactos",
        "Próximo seguimiento",
        "Página 1 de",
    ):
        assert words in text, words
    for words in ("Participant summary", "Goals and milestones", "Measures over time", "Page "):
        assert words not in text, words

    plain, _pages, title = participant_report_pdf(_summary(), plain=True)
    assert title == "Su camino de recuperación"
    text = _text(plain)
    for words in ("Su camino de recuperación", "Sus metas", "Cuánta esperanza ha sentido"):
        assert words in text, words
    for words in ("Your recovery journey", "Your goals", "How hopeful you have felt"):
        assert words not in text, words


def test_english_is_back_afterwards() -> None:
    content, _pages = program_report_pdf(_program_data())
    text = _text(content)
    assert "Program report" in text and "Key figures" in text
    assert "Informe del programa" not in text
