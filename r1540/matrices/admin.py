"""Administrator's back office for the matrices. The review cycle runs through the pages."""

from django.contrib import admin
from modeltranslation.admin import TranslationAdmin, TranslationTabularInline

from r1540.core.admin import AuditedAdmin, HistoryTranslationAdmin
from r1540.matrices import models


class MatrixRowInline(TranslationTabularInline):
    model = models.MatrixRow
    fields = ("code", "order", "title", "group", "weapons", "columns", "provisional")
    extra = 0


@admin.register(models.MatrixTemplate)
class MatrixTemplateAdmin(HistoryTranslationAdmin):
    list_display = ("code", "year", "title")


@admin.register(models.MatrixSection)
class MatrixSectionAdmin(TranslationAdmin):
    list_display = ("template", "order", "code", "title", "layout")
    list_filter = ("template",)
    inlines = [MatrixRowInline]


@admin.register(models.MatrixVersion)
class MatrixVersionAdmin(AuditedAdmin):
    list_display = ("state", "number", "template", "stage", "approved_date", "published_date", "is_demo")
    list_filter = ("stage", "template", "is_demo")
    search_fields = ("state__name_en", "state__iso3")
    autocomplete_fields = ("state",)
    raw_id_fields = ("based_on",)
    readonly_fields = ("stage",)


@admin.register(models.MatrixEntry)
class MatrixEntryAdmin(AuditedAdmin):
    list_display = ("version", "row", "weapon", "column", "value", "publishable")
    list_filter = ("value", "weapon", "publishable")
    raw_id_fields = ("version", "row")
