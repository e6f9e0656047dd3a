"""One FilterSet per list, shared by the pages and the API."""

import django_filters
from django.utils.translation import gettext_lazy as _

from r1540.core.filters import SearchFilterSet
from r1540.directory.choices import RegionalGroup
from r1540.reporting import choices
from r1540.reporting.models import DialogueEntry, NationalReport


class NationalReportFilterSet(SearchFilterSet):
    state = django_filters.CharFilter(label=_("State (ISO code)"), field_name="state__iso3", lookup_expr="iexact")
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=choices.ReportKind.choices)
    year = django_filters.NumberFilter(label=_("Year"), field_name="submitted_date__year")
    regional_group = django_filters.ChoiceFilter(
        label=_("Regional group"), field_name="state__regional_group", choices=RegionalGroup.choices
    )
    channel = django_filters.ChoiceFilter(label=_("Channel"), choices=choices.Channel.choices)

    class Meta:
        model = NationalReport
        fields = ["q", "state", "kind", "year", "regional_group", "channel"]


class DialogueEntryFilterSet(django_filters.FilterSet):
    state = django_filters.CharFilter(label=_("State (ISO code)"), field_name="state__iso3", lookup_expr="iexact")
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=choices.DialogueKind.choices)

    class Meta:
        model = DialogueEntry
        fields = ["state", "kind"]
