"""Content that exists in the six languages (django-modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from r1540.directory.models import Organization, State


@register(State)
class StateTranslationOptions(TranslationOptions):
    fields = ("name", "notes")
    required_languages = ("en",)


@register(Organization)
class OrganizationTranslationOptions(TranslationOptions):
    fields = ("name", "notes")
    required_languages = ("en",)
