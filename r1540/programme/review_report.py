"""The draft report of a comprehensive review as Word and PDF, its figures written out from the
data as they stand today."""

from __future__ import annotations

from django.utils import formats, translation
from django.utils.translation import gettext as _

from r1540.core import documents
from r1540.programme import citations, figures


def _number(value) -> str:
    return formats.number_format(value, use_l10n=True, force_grouping=True)


def draft_sections(sections) -> list[dict]:
    """Each section's title, status and text with its figures filled in; one query per source
    of figures for the whole draft."""
    sections = list(sections)
    codes = [code for section in sections for code in citations.cited(section.body)]
    values = figures.values(dict.fromkeys(codes))
    return [
        {
            "section": section,
            "paragraphs": [
                paragraph
                for paragraph in citations.fill(section.body, values, _number).split("\n\n")
                if paragraph.strip()
            ],
        }
        for section in sections
    ]


def draft_docx(review: int, sections, language: str) -> bytes:
    with translation.override(language):
        document = documents.word_document(language, size=11)
        document.add_heading(_("Comprehensive review {number}: draft report").format(number=review), level=1)
        document.add_paragraph(_("Draft — figures as computed from the data on the day of printing."))
        for entry in draft_sections(sections):
            section = entry["section"]
            document.add_heading(str(section), level=2)
            document.add_paragraph("[{}]".format(section.get_status_display()))
            for paragraph in entry["paragraphs"]:
                document.add_paragraph(paragraph.strip())
        return documents.finish(document)


def draft_pdf(review: int, sections, language: str) -> bytes:
    return documents.pdf(
        "programme/export/review_draft.html", {"review": review, "sections": draft_sections(sections)}, language
    )


DRAFT_TYPES = {
    "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", draft_docx),
    "pdf": ("application/pdf", draft_pdf),
}
