"""The assistance tables (django-tables2); the columns of the CSV and Excel exports too."""

import django_tables2 as tables
from django.utils.translation import gettext_lazy as _

from r1540.assistance.models import AssistanceOffer, AssistanceRequest

ATTRS = {"class": "table table-sm table-hover align-middle", "aria-describedby": "results-summary"}


class AssistanceRequestTable(tables.Table):
    title = tables.Column(verbose_name=_("Request"), linkify=True)
    state = tables.Column(verbose_name=_("State"), order_by=("state__name_en",))
    received_date = tables.DateColumn(verbose_name=_("Received"), short=True)
    status = tables.Column(verbose_name=_("Status"))
    language = tables.Column(verbose_name=_("Language"))

    class Meta:
        model = AssistanceRequest
        fields = ("title", "state", "received_date", "status", "language")
        attrs = ATTRS


class AssistanceOfferTable(tables.Table):
    title = tables.Column(verbose_name=_("Offer"), linkify=True)
    provider = tables.Column(verbose_name=_("Provider"), accessor="provider", orderable=False)
    status = tables.Column(verbose_name=_("Status"))
    standing = tables.BooleanColumn(verbose_name=_("Standing"))
    language = tables.Column(verbose_name=_("Language"))

    class Meta:
        model = AssistanceOffer
        fields = ("title", "provider", "status", "standing", "language")
        attrs = ATTRS
