"""The quarterly report on assistance to the Committee (programme of work, para 9 (h)), as a
page, a Word document and a PDF, all from the same tables."""

from __future__ import annotations

from django.utils import translation
from django.utils.translation import gettext as _

from r1540.assistance import choices
from r1540.core import documents
from r1540.directory.choices import RegionalGroup


def tables(figures: dict) -> dict:
    """The report's figures as titled tables (heads and rows), in the active language."""
    days = figures["days_to_match"]
    return {
        "title": _("Assistance: quarterly report to the Committee, {year} Q{quarter}").format(
            year=figures["year"], quarter=figures["quarter"]
        ),
        "period": _("From {start} to {end}").format(start=figures["start"].isoformat(), end=figures["end"].isoformat()),
        "summary": [
            (_("Requests received"), figures["requests_received"]),
            (_("Offers received"), figures["offers_received"]),
            (_("Matched"), figures["matched"]),
            (_("Delivered"), figures["delivered"]),
            (_("Requests pending at the end of the quarter"), figures["pending"]),
            (_("Median days from receipt to match"), days["median"] if days["median"] is not None else "—"),
        ],
        "areas": [
            (str(choices.Area(code).label), figures["requests_by_area"][code], figures["offers_by_area"][code])
            for code in choices.Area.values
        ],
        "regions": [
            (str(RegionalGroup(code).label), count)
            for code, count in sorted(figures["requests_by_region"].items())
            if code in RegionalGroup.values
        ],
        "pending": [
            (str(choices.RequestStatus(code).label), count)
            for code, count in figures["pending_by_status"].items()
            if code in choices.RequestStatus.values
        ],
    }


def quarterly_pdf(figures: dict, language: str) -> bytes:
    with translation.override(language):
        return documents.pdf("assistance/export/quarterly.html", {"report": tables(figures)}, language)


def quarterly_docx(figures: dict, language: str) -> bytes:
    with translation.override(language):
        report = tables(figures)
        document = documents.word_document(language, size=10)
        document.add_heading(report["title"], level=1)
        document.add_paragraph(report["period"])
        documents.add_table(document, [_("Figure"), _("Number")], [list(row) for row in report["summary"]])
        document.add_heading(_("By area of the resolution"), level=2)
        documents.add_table(document, [_("Area"), _("Requests"), _("Offers")], [list(row) for row in report["areas"]])
        document.add_heading(_("Requests by regional group"), level=2)
        documents.add_table(document, [_("Regional group"), _("Requests")], [list(row) for row in report["regions"]])
        document.add_heading(_("Pending requests by stage"), level=2)
        documents.add_table(document, [_("Stage"), _("Requests")], [list(row) for row in report["pending"]])
        return documents.finish(document)


QUARTERLY_TYPES = {
    "pdf": ("application/pdf", quarterly_pdf),
    "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", quarterly_docx),
}
