"""Building the Committee's documents: PDF from an HTML template (WeasyPrint) and Word
(python-docx), in the reader's language, with Chinese and Arabic set in the Noto fonts the
platform installs and Arabic laid out right to left."""

from __future__ import annotations

import io

from django.template.loader import render_to_string
from django.utils import translation
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from weasyprint import HTML

FONTS = {"zh-hans": "Noto Sans CJK SC", "ar": "Noto Naskh Arabic"}


def font_for(language: str) -> str:
    return FONTS.get(language, "Noto Sans")


def pdf(template: str, context: dict, language: str) -> bytes:
    """Render ``template`` in ``language`` and print it to PDF."""
    with translation.override(language):
        html = render_to_string(
            template,
            {**context, "language": language, "font": font_for(language), "bidi": translation.get_language_bidi()},
        )
    return HTML(string=html).write_pdf()


def word_document(language: str, size: float = 9) -> Document:
    """An empty Word document whose body text is set in the language's font."""
    document = Document()
    style = document.styles["Normal"]
    style.font.name = font_for(language)
    style.font.size = Pt(size)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), font_for(language))
    return document


def rtl(paragraph) -> None:
    """Mark a Word paragraph and its runs right-to-left."""
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    properties = paragraph._p.get_or_add_pPr()
    properties.append(properties.makeelement(qn("w:bidi"), {}))
    for run in paragraph.runs:
        run.font.rtl = True


def finish(document: Document) -> bytes:
    """Right-to-left throughout when the active language is; the file's bytes."""
    if translation.get_language_bidi():
        for paragraph in document.paragraphs:
            rtl(paragraph)
        for table in document.tables:
            for row in table.rows:
                for cell in row.cells:
                    for paragraph in cell.paragraphs:
                        rtl(paragraph)
    output = io.BytesIO()
    document.save(output)
    return output.getvalue()


def add_table(document: Document, heads: list[str], rows: list[list]) -> None:
    table = document.add_table(rows=1, cols=len(heads))
    table.style = "Table Grid"
    for cell, label in zip(table.rows[0].cells, heads, strict=True):
        cell.text = str(label)
    for values in rows:
        for cell, value in zip(table.add_row().cells, values, strict=True):
            cell.text = "" if value is None else str(value)
