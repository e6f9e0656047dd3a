"""Administrator's back office. Day-to-day edits go through the pages, which ask for a reason."""

from django.contrib import admin

from r1540.core.admin import AuditedAdmin, HistoryTranslationAdmin
from r1540.directory import models


@admin.register(models.State)
class StateAdmin(HistoryTranslationAdmin):
    list_display = ("name", "iso3", "m49", "status", "regional_group", "admission_date")
    list_filter = ("status", "regional_group", "m49_region")
    search_fields = ("name_en", "name_fr", "name_es", "name_ru", "name_zh_hans", "name_ar", "iso3", "iso2")


@admin.register(models.Organization)
class OrganizationAdmin(HistoryTranslationAdmin):
    list_display = ("acronym", "name", "kind", "region", "parent")
    list_filter = ("kind", "region")
    search_fields = ("acronym", "name_en")


@admin.register(models.CouncilMembership)
class CouncilMembershipAdmin(AuditedAdmin):
    list_display = ("year", "state", "seat")
    list_filter = ("year", "seat")


@admin.register(models.CommitteeOffice)
class CommitteeOfficeAdmin(AuditedAdmin):
    list_display = ("office", "working_group", "state", "holder_name", "start_date", "end_date", "confidence")
    list_filter = ("office", "working_group", "confidence")


@admin.register(models.Person)
class PersonAdmin(AuditedAdmin):
    list_display = ("__str__", "job_title", "email", "is_demo")
    search_fields = ("family_name", "given_name", "email")


class PointOfContactEventInline(admin.TabularInline):
    model = models.PointOfContactEvent
    extra = 0
    readonly_fields = ("kind", "event_date", "note", "reference", "actor")


@admin.register(models.PointOfContact)
class PointOfContactAdmin(AuditedAdmin):
    list_display = ("person", "state", "organization", "location", "designated_date", "confirmed_date", "end_date")
    list_filter = ("location", "is_demo")
    raw_id_fields = ("person",)
    inlines = [PointOfContactEventInline]
