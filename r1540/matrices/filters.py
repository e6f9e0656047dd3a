"""One FilterSet per list, shared by the pages and the API."""

import django_filters
from django.utils.translation import gettext_lazy as _

from r1540.core.filters import FilterSet, SearchFilterSet
from r1540.directory.choices import RegionalGroup
from r1540.matrices import choices
from r1540.matrices.models import MatrixEntry, MatrixTemplate, MatrixVersion


class MatrixVersionFilterSet(SearchFilterSet):
    state = django_filters.CharFilter(label=_("State (ISO code)"), field_name="state__iso3", lookup_expr="iexact")
    stage = django_filters.ChoiceFilter(label=_("Stage"), choices=choices.Stage.choices)
    template = django_filters.ModelChoiceFilter(
        label=_("Template"), queryset=MatrixTemplate.objects.all(), to_field_name="code"
    )
    regional_group = django_filters.ChoiceFilter(
        label=_("Regional group"), field_name="state__regional_group", choices=RegionalGroup.choices
    )

    class Meta:
        model = MatrixVersion
        fields = ["q", "state", "stage", "template", "regional_group"]


class MatrixEntryFilterSet(FilterSet):
    section = django_filters.CharFilter(label=_("Section"), field_name="row__section__code")
    row = django_filters.CharFilter(label=_("Row"), field_name="row__code")
    weapon = django_filters.ChoiceFilter(label=_("Weapon"), choices=choices.Weapon.choices)
    value = django_filters.ChoiceFilter(label=_("Value"), choices=choices.Value.choices[:-1])

    class Meta:
        model = MatrixEntry
        fields = ["section", "row", "weapon", "value"]
