"""A published matrix as PDF and Word, with its Chinese and Arabic text really in the file."""

import io

import pytest
from django.urls import reverse
from django.utils import translation
from docx import Document
from pypdf import PdfReader

from r1540.matrices.models import MatrixRow

pytestmark = pytest.mark.django_db


@pytest.fixture
def multilingual(world):
    MatrixRow.objects.filter(code="op1.01").update(
        title_zh_hans="《不扩散核武器条约》", title_ar="معاهدة عدم انتشار الأسلحة النووية"
    )
    return world


def document(client, version, kind, language):
    with translation.override(language):
        url = reverse(
            "matrices:version_document",
            kwargs={"code": version.state.iso3.lower(), "number": version.number, "kind": kind},
        )
    response = client.get(url)
    assert response.status_code == 200, url
    return response


def pdf_text(response) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(response.getvalue())).pages)


def test_the_pdf_carries_chinese_and_arabic_text(client, multilingual):
    version = multilingual["own_published_matrix"]
    chinese = pdf_text(document(client, version, "pdf", "zh-hans"))
    assert "不扩散核武器条约" in chinese
    assert "1540委员会核准的矩阵" in chinese
    assert "Deposit 1979" in chinese
    arabic = pdf_text(document(client, version, "pdf", "ar"))
    assert "معاهدة عدم انتشار الأسلحة النووية" in arabic
    assert "مصفوفة معتمدة للجنة القرار" in arabic
    assert "Not for the public" not in arabic  # a field the State did not agree to publish


def test_the_word_document_has_the_headings_in_the_language_and_right_to_left_arabic(client, multilingual):
    version = multilingual["own_published_matrix"]
    chinese = Document(io.BytesIO(document(client, version, "docx", "zh-hans").getvalue()))
    text = "\n".join(paragraph.text for paragraph in chinese.paragraphs)
    cells = "\n".join(cell.text for table in chinese.tables for row in table.rows for cell in row.cells)
    assert "1540委员会核准的矩阵" in text
    assert "《不扩散核武器条约》" in cells
    arabic = Document(io.BytesIO(document(client, version, "docx", "ar").getvalue()))
    cells = "\n".join(cell.text for table in arabic.tables for row in table.rows for cell in row.cells)
    assert "معاهدة عدم انتشار الأسلحة النووية" in cells
    assert (
        arabic.paragraphs[0]._p.pPr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}bidi")
        is not None
    )
