"""One FilterSet per list, shared by the pages and the API."""

import django_filters
from django.conf import settings
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from r1540.core.filters import CodeListFilter, FilterSet, SearchFilterSet, YearFilter
from r1540.core.i18n import contains_in_any_language
from r1540.directory.choices import RegionalGroup
from r1540.reporting import choices
from r1540.reporting.models import (
    ActionPlan,
    Adherence,
    ControlList,
    DialogueEntry,
    EffectivePractice,
    Instrument,
    NationalReport,
)


class NationalReportFilterSet(SearchFilterSet):
    state = django_filters.CharFilter(label=_("State (ISO code)"), field_name="state__iso3", lookup_expr="iexact")
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=choices.ReportKind.choices)
    year = YearFilter(label=_("Year"), field_name="submitted_date__year")
    regional_group = django_filters.ChoiceFilter(
        label=_("Regional group"), field_name="state__regional_group", choices=RegionalGroup.choices
    )
    channel = django_filters.ChoiceFilter(label=_("Channel"), choices=choices.Channel.choices)

    class Meta:
        model = NationalReport
        fields = ["q", "state", "kind", "year", "regional_group", "channel"]


class DialogueEntryFilterSet(FilterSet):
    state = django_filters.CharFilter(label=_("State (ISO code)"), field_name="state__iso3", lookup_expr="iexact")
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=choices.DialogueKind.choices)

    class Meta:
        model = DialogueEntry
        fields = ["state", "kind"]


class InstrumentFilterSet(SearchFilterSet):
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=choices.InstrumentKind.choices)

    class Meta:
        model = Instrument
        fields = ["q", "kind"]

    def search(self, queryset, name, value):
        return queryset.filter(contains_in_any_language("name", value) | Q(acronym__icontains=value))


class AdherenceFilterSet(FilterSet):
    state = django_filters.CharFilter(label=_("State (ISO code)"), field_name="state__iso3", lookup_expr="iexact")
    instrument = django_filters.CharFilter(label=_("Instrument"), field_name="instrument__code")
    status = django_filters.ChoiceFilter(label=_("Status"), choices=choices.AdherenceStatus.choices)
    regional_group = django_filters.ChoiceFilter(
        label=_("Regional group"), field_name="state__regional_group", choices=RegionalGroup.choices
    )

    class Meta:
        model = Adherence
        fields = ["state", "instrument", "status", "regional_group"]


class StateOwnedFilterSet(SearchFilterSet):
    state = django_filters.CharFilter(label=_("State (ISO code)"), field_name="state__iso3", lookup_expr="iexact")
    regional_group = django_filters.ChoiceFilter(
        label=_("Regional group"), field_name="state__regional_group", choices=RegionalGroup.choices
    )


class ActionPlanFilterSet(StateOwnedFilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=choices.ActionPlanStatus.choices)
    area = CodeListFilter(label=_("Area"), field_name="areas", choices=choices.Area.choices)

    class Meta:
        model = ActionPlan
        fields = ["q", "state", "regional_group", "status", "area"]


class EffectivePracticeFilterSet(SearchFilterSet):
    area = CodeListFilter(label=_("Area"), field_name="areas", choices=choices.Area.choices)
    language = django_filters.ChoiceFilter(label=_("Language"), choices=settings.LANGUAGES)
    contributor = django_filters.ChoiceFilter(
        label=_("From"),
        method="filter_contributor",
        choices=[("state", _("States")), ("organization", _("Organizations"))],
    )

    about_assistance = django_filters.BooleanFilter(label=_("Experience of assistance"))

    class Meta:
        model = EffectivePractice
        fields = ["q", "area", "language", "contributor", "about_assistance"]

    def filter_contributor(self, queryset, name, value):
        return queryset.filter(**{"{}__isnull".format(value): False})


class ControlListFilterSet(StateOwnedFilterSet):
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=choices.ControlListKind.choices)

    class Meta:
        model = ControlList
        fields = ["q", "state", "regional_group", "kind"]
