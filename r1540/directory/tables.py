"""The directory's tables (django-tables2); the columns of the CSV and Excel exports too."""

import django_tables2 as tables
from django.utils.translation import gettext_lazy as _

from r1540.directory.models import Organization, PointOfContact, State


class StateTable(tables.Table):
    name = tables.Column(verbose_name=_("Name"), linkify=True, order_by=("name_en",))
    iso3 = tables.Column(verbose_name=_("ISO code"))
    regional_group = tables.Column(verbose_name=_("Regional group"))
    m49_subregion = tables.Column(verbose_name=_("Sub-region (M49)"))
    admission_date = tables.DateColumn(verbose_name=_("UN member since"), format="Y")

    class Meta:
        model = State
        fields = ("name", "iso3", "regional_group", "m49_subregion", "status", "admission_date")
        attrs = {"class": "table table-sm table-hover align-middle", "aria-describedby": "results-summary"}


class OrganizationTable(tables.Table):
    acronym = tables.Column(verbose_name=_("Acronym"), linkify=True)
    name = tables.Column(verbose_name=_("Name"), order_by=("name_en",))

    class Meta:
        model = Organization
        fields = ("acronym", "name", "kind", "region")
        attrs = {"class": "table table-sm table-hover align-middle", "aria-describedby": "results-summary"}


class PointOfContactTable(tables.Table):
    person = tables.Column(
        verbose_name=_("Name"), linkify=lambda record: record.get_absolute_url(), order_by=("person__family_name",)
    )
    party = tables.Column(verbose_name=_("For"), accessor="party", order_by=("state__name_en", "organization__acronym"))
    email = tables.EmailColumn(verbose_name=_("E-mail"), accessor="person__email")
    confirmed_date = tables.DateColumn(verbose_name=_("Last confirmed"))

    class Meta:
        model = PointOfContact
        fields = (
            "person",
            "party",
            "location",
            "institution",
            "email",
            "designated_date",
            "confirmed_date",
            "end_date",
        )
        attrs = {"class": "table table-sm table-hover align-middle", "aria-describedby": "results-summary"}
