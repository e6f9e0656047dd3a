"""Which models and fields are translated: what django-modeltranslation has registered."""

from __future__ import annotations

import functools

from django.conf import settings
from django.db import models
from modeltranslation.translator import translator

from r1540.core.i18n import field_for_language


def languages() -> tuple[str, ...]:
    """The six language codes, in the order of ``LANGUAGES``."""
    return tuple(code for code, _name in settings.LANGUAGES)


def translated_models() -> list[type[models.Model]]:
    """Every concrete model with translated fields, by app and name."""
    found = [
        model
        for model in translator.get_registered_models(abstract=False)
        if not model._meta.proxy and model._meta.app_label and not model._meta.abstract
    ]
    return sorted(found, key=lambda model: (model._meta.app_label, model._meta.model_name))


@functools.cache
def translated_fields(model: type[models.Model]) -> tuple[str, ...]:
    """The translated fields of ``model``, in their order on the model."""
    names = set(translator.get_options_for_model(model).all_fields)
    return tuple(f.name for f in model._meta.concrete_fields if f.name in names)


@functools.cache
def columns(model: type[models.Model]) -> dict[tuple[str, str], str]:
    """(field, language) → the column that holds it."""
    return {(name, code): field_for_language(name, code) for name in translated_fields(model) for code in languages()}


def model_for(app_label: str, model_name: str) -> type[models.Model] | None:
    for model in translated_models():
        if (model._meta.app_label, model._meta.model_name) == (app_label, model_name):
            return model
    return None


def columns_of(field: str, code: str) -> str:
    return field_for_language(field, code)
