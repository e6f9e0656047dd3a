"""Template wording that exists in the six languages (django-modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from r1540.matrices.models import MatrixRow, MatrixSection, MatrixTemplate


@register(MatrixTemplate)
class MatrixTemplateTranslationOptions(TranslationOptions):
    fields = ("title",)
    required_languages = ("en",)


@register(MatrixSection)
class MatrixSectionTranslationOptions(TranslationOptions):
    fields = ("title",)
    required_languages = ("en",)


@register(MatrixRow)
class MatrixRowTranslationOptions(TranslationOptions):
    fields = ("title", "group")
    required_languages = ("en",)
