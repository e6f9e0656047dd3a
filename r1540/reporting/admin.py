"""Administrator's back office for national reporting."""

from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from r1540.core.admin import AuditedAdmin
from r1540.reporting import models


class ReportFileInline(admin.TabularInline):
    model = models.ReportFile
    extra = 0


@admin.register(models.NationalReport)
class NationalReportAdmin(AuditedAdmin):
    list_display = ("state", "kind", "submitted_date", "symbol", "channel", "published", "is_demo")
    list_filter = ("kind", "channel", "published", "is_demo")
    search_fields = ("state__name_en", "state__iso3", "symbol")
    autocomplete_fields = ("state",)
    inlines = [ReportFileInline]


@admin.register(models.DialogueEntry)
class DialogueEntryAdmin(AuditedAdmin):
    list_display = ("state", "date", "kind", "symbol", "is_demo")
    list_filter = ("kind", "is_demo")
    search_fields = ("state__name_en", "summary", "symbol")
    autocomplete_fields = ("state",)


@admin.register(models.Instrument)
class InstrumentAdmin(TranslationAdmin):
    list_display = ("code", "name", "kind", "matrix_row", "in_force", "confidence")
    list_filter = ("kind", "confidence")


@admin.register(models.Adherence)
class AdherenceAdmin(AuditedAdmin):
    list_display = ("state", "instrument", "status", "consent_date", "confidence")
    list_filter = ("instrument", "status", "confidence")
    search_fields = ("state__name_en", "state__iso3")


@admin.register(models.ActionPlan)
class ActionPlanAdmin(AuditedAdmin):
    list_display = ("state", "revision", "status", "shared_date", "published", "is_demo")
    list_filter = ("status", "published", "is_demo")


@admin.register(models.EffectivePractice)
class EffectivePracticeAdmin(AuditedAdmin):
    list_display = ("title", "state", "organization", "shared_date", "consent_to_publish", "published")


@admin.register(models.ControlList)
class ControlListAdmin(AuditedAdmin):
    list_display = ("state", "title", "kind", "updated_date", "published")
