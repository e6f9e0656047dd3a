"""Outreach content exists in several languages (django-modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from r1540.outreach.models import Cooperation, CooperationActivity, Event, Question


@register(Event)
class EventTranslationOptions(TranslationOptions):
    fields = ("title", "description", "curriculum")


@register(Question)
class QuestionTranslationOptions(TranslationOptions):
    fields = ("question", "answer")


@register(Cooperation)
class CooperationTranslationOptions(TranslationOptions):
    fields = ("modalities", "information_exchanged", "liaison")


@register(CooperationActivity)
class CooperationActivityTranslationOptions(TranslationOptions):
    fields = ("title", "description")
