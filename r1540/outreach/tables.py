"""Outreach tables (django-tables2); the columns of the CSV and Excel exports too."""

import django_tables2 as tables
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from r1540.outreach.models import Cooperation, Event

ATTRS = {"class": "table table-sm table-hover align-middle", "aria-describedby": "results-summary"}


class EventTable(tables.Table):
    title = tables.Column(verbose_name=_("Event"), linkify=True)
    kind = tables.Column(verbose_name=_("Kind"))
    start_date = tables.DateColumn(verbose_name=_("Date"), short=True)
    place = tables.Column(verbose_name=_("Place"))
    country = tables.Column(verbose_name=_("Country"), linkify=True)

    class Meta:
        model = Event
        fields = ("title", "kind", "start_date", "place", "country")
        attrs = ATTRS

    def render_title(self, record, value):
        if record.is_demo:
            return format_html('{} <span class="badge text-bg-warning demo-badge">{}</span>', value, _("demo"))
        return value


class CooperationTable(tables.Table):
    organization = tables.Column(
        verbose_name=_("Partner"), linkify=lambda record: record.get_absolute_url(), order_by=("organization__name_en",)
    )
    partner_kind = tables.Column(verbose_name=_("Kind"), accessor="get_partner_kind_display", orderable=False)
    since_date = tables.DateColumn(verbose_name=_("Since"), format="Y")
    activity_count = tables.Column(verbose_name=_("Activities"))

    class Meta:
        model = Cooperation
        fields = ("organization", "partner_kind", "since_date", "activity_count")
        order_by = ("organization",)
        attrs = ATTRS

    def render_organization(self, record, value):
        label = value.name if value.acronym == "" else "{} ({})".format(value.name, value.acronym)
        if record.is_demo:
            return format_html('{} <span class="badge text-bg-warning demo-badge">{}</span>', label, _("demo"))
        return label
