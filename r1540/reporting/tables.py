"""The reporting tables (django-tables2); the columns of the CSV and Excel exports too."""

import django_tables2 as tables
from django.utils.translation import gettext_lazy as _

from r1540.reporting.models import NationalReport


class NationalReportTable(tables.Table):
    state = tables.Column(verbose_name=_("State"), order_by=("state__name_en",))
    kind = tables.Column(verbose_name=_("Kind"), linkify=True)
    submitted_date = tables.DateColumn(verbose_name=_("Date"), short=True)
    symbol = tables.Column(verbose_name=_("Symbol"))
    channel = tables.Column(verbose_name=_("Channel"))

    class Meta:
        model = NationalReport
        fields = ("state", "kind", "submitted_date", "symbol", "channel")
        attrs = {"class": "table table-sm table-hover align-middle", "aria-describedby": "results-summary"}
