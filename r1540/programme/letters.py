"""Filling the routine letters and laying them out as note verbales (Word and PDF).

The letter texts are Django templates rendered without HTML escaping (a letter is plain text);
the data they may use is fixed here (see ``data/letters/README.md``)."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.template import Context, Engine, TemplateSyntaxError
from django.utils import translation
from django.utils.translation import gettext as _

from r1540.core import documents

ENGINE = Engine(autoescape=False, builtins=["django.templatetags.i18n"])

#: How each language names the addressee and the Chair (the forms the templates expect).
REPRESENTATIVE = {
    "en": "the Permanent Representative of {name} to the United Nations",
    "fr": "le Représentant permanent de {name} auprès de l'Organisation des Nations Unies",
    "es": "el Representante Permanente de {name} ante las Naciones Unidas",
    "ru": "Постоянному представителю {name} при Организации Объединенных Наций",
    "zh-hans": "{name}常驻联合国代表",
    "ar": "الممثل الدائم لـ{name} لدى الأمم المتحدة",
}
HEAD_OF_ORGANIZATION = {
    "en": "the head of the {name}",
    "fr": "le chef de l'organisation {name}",
    "es": "el jefe de la organización {name}",
    "ru": "Руководителю организации {name}",
    "zh-hans": "{name}负责人",
    "ar": "رئيس {name}",
}
CHAIR = {
    "en": "the Chair of the Security Council Committee established pursuant to resolution 1540 (2004)",
    "fr": "le Président du Comité du Conseil de sécurité créé par la résolution 1540 (2004)",
    "es": "el Presidente del Comité del Consejo de Seguridad establecido en virtud de la resolución 1540 (2004)",
    "ru": "Председатель Комитета Совета Безопасности, учрежденного резолюцией 1540 (2004)",
    "zh-hans": "安全理事会第1540(2004)号决议所设委员会主席",
    "ar": "رئيس لجنة مجلس الأمن المنشأة عملاً بالقرار 1540 (2004)",
}


class LetterTemplateError(ValueError):
    """A letter text that does not compile or cannot be filled in."""


#: Data of the shape ``context_for`` gives, to try a text with.
SAMPLE_CONTEXT = {
    "recipient": {"name": "Utopia", "representative": "the Permanent Representative of Utopia"},
    "poc": {"name": "A. Person", "email": "a.person@example.org"},
    "chair": {"title": CHAIR["en"]},
    "symbol": "SCA/1540/26(001)",
    "date": datetime.date(2026, 1, 5),
    "deadline": datetime.date(2026, 3, 31),
    "portal_url": "https://r1540.example.org",
    "requests_count": 1,
    "last_report_date": datetime.date(2004, 10, 28),
}


def _fill(text: str, context: dict) -> str:
    # A text may compile and still fail when filled in (an {% include %}, a {% url %}, an
    # {% extends %}: there are no templates or addresses to reach); every failure is the text's.
    try:
        return ENGINE.from_string(text).render(Context(context, autoescape=False))
    except TemplateSyntaxError as error:
        raise LetterTemplateError(str(error)) from error
    except Exception as error:  # noqa: BLE001
        raise LetterTemplateError(
            _("The text cannot be filled in: {error}").format(error=str(error) or type(error).__name__)
        ) from error


def check_template(body: str) -> None:
    """A letter text must compile and fill in with the merge's data; the loader refuses one that
    does not (``LetterTemplateError``)."""
    _fill(body, SAMPLE_CONTEXT)


def _point_of_contact(recipient):
    from r1540.directory.models import PointOfContact

    contacts = PointOfContact.objects.active().select_related("person")
    field = "state" if recipient.__class__.__name__ == "State" else "organization"
    contact = contacts.filter(**{field: recipient}).order_by("-designated_date").first()
    if contact is None:
        return None
    return {"name": str(contact.person), "email": getattr(contact.person, "email", "")}


def context_for(recipient, *, symbol: str, letter_date: datetime.date, deadline: datetime.date | None) -> dict:
    """The data a letter may use, in the active language."""
    language = translation.get_language() or "en"
    is_state = recipient.__class__.__name__ == "State"
    name = str(recipient.name)
    form = (REPRESENTATIVE if is_state else HEAD_OF_ORGANIZATION).get(language, REPRESENTATIVE["en"])
    context = {
        "recipient": {"name": name, "representative": form.format(name=name)},
        "poc": _point_of_contact(recipient),
        "chair": {"title": CHAIR.get(language, CHAIR["en"])},
        "symbol": symbol,
        "date": letter_date,
        "deadline": deadline,
        "portal_url": getattr(settings, "R1540_PUBLIC_URL", "https://r1540.example.org"),
        "requests_count": 0,
        "last_report_date": None,
    }
    if is_state:
        context["requests_count"] = recipient.assistance_requests.count()
        last = recipient.national_reports.order_by("-submitted_date").first()
        context["last_report_date"] = last.submitted_date if last else None
    return context


def render(subject: str, body: str, context: dict) -> str:
    """The letter's subject line and text, filled in (the active language formats the dates)."""
    return "{}\n\n{}".format(_fill(subject, context).strip(), _fill(body, context).strip())


def _parts(letter) -> tuple[str, list[str]]:
    subject, _sep, body = letter.content.partition("\n\n")
    return subject, [paragraph.strip() for paragraph in body.split("\n\n") if paragraph.strip()]


def letters_docx(letters: list, language: str) -> bytes:
    """Note verbales in the UN's layout, one per page: reference at the top, the text in
    paragraphs, the date and place at the end."""
    with translation.override(language):
        document = documents.word_document(language, size=11)
        for index, letter in enumerate(letters):
            if index:
                document.add_page_break()
            subject, paragraphs = _parts(letter)
            document.add_paragraph(letter.symbol)
            document.add_paragraph(_("Note verbale")).runs[0].bold = True
            document.add_paragraph(subject).runs[0].italic = True
            for paragraph in paragraphs:
                document.add_paragraph(paragraph)
            document.add_paragraph("{} — {}".format(_("New York"), letter.letter_date.isoformat()))
        return documents.finish(document)


def letters_pdf(letters: list, language: str) -> bytes:
    pages = [(letter, *_parts(letter)) for letter in letters]
    return documents.pdf("programme/export/letters.html", {"letters": pages}, language)


LETTER_TYPES = {
    "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", letters_docx),
    "pdf": ("application/pdf", letters_pdf),
}
