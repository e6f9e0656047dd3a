"""Administrator's back office for national reporting."""

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from r1540.reporting import models


class ReportFileInline(admin.TabularInline):
    model = models.ReportFile
    extra = 0


@admin.register(models.NationalReport)
class NationalReportAdmin(SimpleHistoryAdmin):
    list_display = ("state", "kind", "submitted_date", "symbol", "channel", "published", "is_demo")
    list_filter = ("kind", "channel", "published", "is_demo")
    search_fields = ("state__name_en", "state__iso3", "symbol")
    autocomplete_fields = ("state",)
    inlines = [ReportFileInline]


@admin.register(models.DialogueEntry)
class DialogueEntryAdmin(SimpleHistoryAdmin):
    list_display = ("state", "date", "kind", "symbol", "is_demo")
    list_filter = ("kind", "is_demo")
    search_fields = ("state__name_en", "summary", "symbol")
    autocomplete_fields = ("state",)
