"""Helpers for content kept in the six languages."""

from django.conf import settings
from django.db.models import Q
from django.utils.translation import get_language_info


def field_for_language(field: str, code: str) -> str:
    """The django-modeltranslation column of ``field`` for a language code."""
    return "{}_{}".format(field, code.replace("-", "_"))


def translated_fields(field: str) -> list[str]:
    """Every language column of ``field``, English first (the order of the edit forms)."""
    codes = sorted((code for code, _name in settings.LANGUAGES), key=lambda code: code != "en")
    return [field_for_language(field, code) for code in codes]


def text_contains(field: str, text: str) -> Q:
    """Rows whose ``field`` contains ``text``, ignoring case in every script (``core.lookups``)."""
    return Q(**{"{}__folded__contains".format(field): text.lower()})


def contains_in_any_language(field: str, text: str) -> Q:
    """Rows whose ``field`` contains ``text`` in any of the six languages."""
    query = Q()
    for column in translated_fields(field):
        query |= text_contains(column, text)
    return query


def all_languages(obj, field: str) -> list[dict]:
    """Each language's value of a translated field, with what a template needs to mark it up."""
    rows = []
    for code, _name in settings.LANGUAGES:
        info = get_language_info(code)
        rows.append(
            {
                "code": code,
                "language": info["name_local"],
                "bidi": info["bidi"],
                "value": getattr(obj, field_for_language(field, code)),
            }
        )
    return rows
