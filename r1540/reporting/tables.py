"""The reporting tables (django-tables2); the columns of the CSV and Excel exports too."""

import django_tables2 as tables
from django.utils.translation import gettext_lazy as _

from r1540.reporting.models import ActionPlan, ControlList, EffectivePractice, Instrument, NationalReport


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


class InstrumentTable(tables.Table):
    name = tables.Column(verbose_name=_("Instrument"), linkify=True)
    kind = tables.Column(verbose_name=_("Kind"))
    entry_into_force_date = tables.DateColumn(verbose_name=_("In force since"), short=True)
    matrix_row = tables.Column(verbose_name=_("Matrix row (OP 1)"))

    class Meta:
        model = Instrument
        fields = ("name", "kind", "entry_into_force_date", "matrix_row")
        attrs = {"class": "table table-sm table-hover align-middle", "aria-describedby": "results-summary"}


class ActionPlanTable(tables.Table):
    state = tables.Column(verbose_name=_("State"), order_by=("state__name_en",))
    title = tables.Column(verbose_name=_("Title"), linkify=True)
    revision = tables.Column(verbose_name=_("Revision"))
    shared_date = tables.DateColumn(verbose_name=_("Shared"), short=True)
    status = tables.Column(verbose_name=_("Status"))

    class Meta:
        model = ActionPlan
        fields = ("state", "title", "revision", "shared_date", "status")
        attrs = {"class": "table table-sm table-hover align-middle", "aria-describedby": "results-summary"}


class EffectivePracticeTable(tables.Table):
    title = tables.Column(verbose_name=_("Practice"), linkify=True)
    contributor = tables.Column(verbose_name=_("From"), accessor="contributor", orderable=False)
    shared_date = tables.DateColumn(verbose_name=_("Shared"), short=True)
    language = tables.Column(verbose_name=_("Language"))

    class Meta:
        model = EffectivePractice
        fields = ("title", "contributor", "shared_date", "language")
        attrs = {"class": "table table-sm table-hover align-middle", "aria-describedby": "results-summary"}


class ControlListTable(tables.Table):
    state = tables.Column(verbose_name=_("State"), order_by=("state__name_en",))
    title = tables.Column(verbose_name=_("Title"), linkify=True)
    kind = tables.Column(verbose_name=_("Kind"))
    updated_date = tables.DateColumn(verbose_name=_("Last updated"), short=True)

    class Meta:
        model = ControlList
        fields = ("state", "title", "kind", "updated_date")
        attrs = {"class": "table table-sm table-hover align-middle", "aria-describedby": "results-summary"}
