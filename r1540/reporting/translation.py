"""Reporting content that exists in the six languages (django-modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from r1540.reporting.models import Instrument


@register(Instrument)
class InstrumentTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = ("en",)
