"""Administrator's back office for the programme: here the secretariat defines new letters (a
template and its text per language) and corrects the programme's reference data."""

from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from r1540.core.admin import AuditedAdmin, HistoryTranslationAdmin
from r1540.programme import models


class LetterTextInline(admin.StackedInline):
    model = models.LetterText
    extra = 1


@admin.register(models.LetterTemplate)
class LetterTemplateAdmin(TranslationAdmin):
    list_display = ("code", "title", "audience", "area", "recipients")
    list_filter = ("audience", "area")
    inlines = [LetterTextInline]


@admin.register(models.ProgrammeItem)
class ProgrammeItemAdmin(HistoryTranslationAdmin):
    list_display = ("programme", "ref", "area", "working_group", "status", "due_date")
    list_filter = ("programme", "area", "working_group", "status")


@admin.register(models.Meeting)
class MeetingAdmin(AuditedAdmin):
    list_display = ("title", "kind", "starts_at", "public", "is_demo")
    list_filter = ("kind", "public", "is_demo")


@admin.register(models.Letter)
class LetterAdmin(AuditedAdmin):
    list_display = ("symbol", "template", "language", "state", "organization", "status", "letter_date")
    list_filter = ("template", "status", "language")
