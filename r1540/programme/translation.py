"""Programme content that exists in several languages (django-modeltranslation): the seed's
Chinese text is first-class beside the English."""

from modeltranslation.translator import TranslationOptions, register

from r1540.programme.models import (
    LetterTemplate,
    Programme,
    ProgrammeItem,
    ReviewDecision,
    ReviewMilestone,
    ScheduleEntry,
)


@register(Programme)
class ProgrammeTranslationOptions(TranslationOptions):
    fields = ("title",)


@register(ProgrammeItem)
class ProgrammeItemTranslationOptions(TranslationOptions):
    fields = ("text",)


@register(ScheduleEntry)
class ScheduleEntryTranslationOptions(TranslationOptions):
    fields = ("text",)


@register(ReviewMilestone)
class ReviewMilestoneTranslationOptions(TranslationOptions):
    fields = ("title",)


@register(LetterTemplate)
class LetterTemplateTranslationOptions(TranslationOptions):
    fields = ("title",)


@register(ReviewDecision)
class ReviewDecisionTranslationOptions(TranslationOptions):
    fields = ("title", "text")
