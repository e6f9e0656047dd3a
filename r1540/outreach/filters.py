"""One FilterSet per list, shared by the pages and the API."""

import django_filters
from django.utils.translation import gettext_lazy as _

from r1540.core.filters import SearchFilterSet, YearFilter
from r1540.outreach import choices
from r1540.outreach.models import Cooperation, CooperationActivity, Event


class EventFilterSet(SearchFilterSet):
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=choices.EventKind.choices)
    when = django_filters.ChoiceFilter(
        label=_("When"), choices=[("upcoming", _("Upcoming")), ("past", _("Past"))], method="filter_when"
    )
    year = YearFilter(label=_("Year"), field_name="start_date__year")
    country = django_filters.CharFilter(label=_("Country (ISO code)"), field_name="country__iso3", lookup_expr="iexact")
    organization = django_filters.CharFilter(label=_("Organization"), field_name="organizations__slug")
    region = django_filters.ChoiceFilter(label=_("For States of"), choices=choices.Audience.choices)

    class Meta:
        model = Event
        fields = ["q", "kind", "when", "year", "country", "organization", "region"]

    def filter_when(self, queryset, name, value):
        return queryset.upcoming() if value == "upcoming" else queryset.past()


class CooperationFilterSet(SearchFilterSet):
    kind = django_filters.ChoiceFilter(label=_("Partner"), choices=choices.PartnerKind.choices, method="filter_kind")

    class Meta:
        model = Cooperation
        fields = ["q", "kind"]

    def filter_kind(self, queryset, name, value):
        if value == choices.PartnerKind.COUNCIL_COMMITTEE:
            return queryset.council_committees()
        return queryset.organizations()


class CooperationActivityFilterSet(SearchFilterSet):
    partner = django_filters.CharFilter(label=_("Partner"), field_name="cooperation__organization__slug")
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=choices.ActivityKind.choices)
    year = YearFilter(label=_("Year"), field_name="activity_date__year")
    state = django_filters.CharFilter(label=_("State (ISO code)"), field_name="state__iso3", lookup_expr="iexact")

    class Meta:
        model = CooperationActivity
        fields = ["q", "partner", "kind", "year", "state"]
