"""One FilterSet per list, shared by the pages and the API."""

import django_filters
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from r1540.core.filters import SearchFilterSet, YearFilter
from r1540.directory import choices
from r1540.directory.models import Organization, PointOfContact, State


class StateFilterSet(SearchFilterSet):
    """Member States unless asked otherwise: the Committee's work concerns the 193; the two
    observer States are one choice away."""

    ALL = "all"

    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=[
            (choices.StateStatus.MEMBER, _("Member States")),
            (choices.StateStatus.OBSERVER, _("Observer States")),
            (ALL, _("All States")),
        ],
        empty_label=None,
        method="filter_status",
    )
    regional_group = django_filters.ChoiceFilter(label=_("Regional group"), choices=choices.RegionalGroup.choices)
    m49_region = django_filters.ChoiceFilter(label=_("Region (M49)"), choices=choices.M49Region.choices)
    council_year = YearFilter(label=_("On the Council in"), field_name="council_memberships__year", distinct=True)

    class Meta:
        model = State
        fields = ["q", "status", "regional_group", "m49_region", "council_year"]

    def __init__(self, data=None, *args, **kwargs):
        # An unfiltered page (data is None) and an empty status both mean the Member States.
        data = data.copy() if data is not None else QueryDict(mutable=True)
        if not data.get("status"):
            data["status"] = choices.StateStatus.MEMBER
        super().__init__(data, *args, **kwargs)

    def filter_status(self, queryset, name, value):
        return queryset if value == self.ALL else queryset.filter(status=value)


class OrganizationFilterSet(SearchFilterSet):
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=choices.OrganizationKind.choices)
    region = django_filters.ChoiceFilter(label=_("Region"), choices=choices.OrganizationRegion.choices)

    class Meta:
        model = Organization
        fields = ["q", "kind", "region"]


class PointOfContactFilterSet(SearchFilterSet):
    state = django_filters.ModelChoiceFilter(
        label=_("State"), queryset=State.objects.all(), to_field_name="iso3", empty_label=_("Any State")
    )
    organization = django_filters.ModelChoiceFilter(
        label=_("Organization"),
        queryset=Organization.objects.all(),
        to_field_name="slug",
        empty_label=_("Any organization"),
    )
    location = django_filters.ChoiceFilter(label=_("Location"), choices=choices.PocLocation.choices)
    active = django_filters.BooleanFilter(label=_("Active"), method="filter_active")
    confirmed_before = django_filters.DateFilter(
        label=_("Not confirmed since"), field_name="confirmed_date", lookup_expr="lt"
    )

    class Meta:
        model = PointOfContact
        fields = ["q", "state", "organization", "location", "active", "confirmed_before"]

    def filter_active(self, queryset, name, value):
        if value is None:
            return queryset
        active = queryset.active()
        return active if value else queryset.exclude(pk__in=active.values("pk"))
