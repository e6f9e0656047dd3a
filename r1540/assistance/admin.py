"""Administrator's back office for assistance. The lifecycle runs through the pages."""

from django.contrib import admin

from r1540.assistance import models
from r1540.core.admin import AuditedAdmin


@admin.register(models.AssistanceRequest)
class AssistanceRequestAdmin(AuditedAdmin):
    list_display = ("title", "state", "language", "status", "received_date", "published", "is_demo")
    list_filter = ("status", "language", "published", "is_demo")
    search_fields = ("title", "state__name_en")
    exclude = ("embedding", "embedding_key")


@admin.register(models.AssistanceOffer)
class AssistanceOfferAdmin(AuditedAdmin):
    list_display = ("title", "provider_state", "provider_organization", "language", "status", "published", "is_demo")
    list_filter = ("status", "language", "standing", "published", "is_demo")
    search_fields = ("title",)
    exclude = ("embedding", "embedding_key")


@admin.register(models.Match)
class MatchAdmin(AuditedAdmin):
    list_display = ("request", "offer", "status", "fulfilment", "matched_date")
    list_filter = ("status", "fulfilment")
