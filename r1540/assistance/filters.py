"""One FilterSet per list, shared by the pages and the API."""

import django_filters
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from r1540.assistance import choices
from r1540.assistance.models import AssistanceOffer, AssistanceRequest
from r1540.core.filters import SearchFilterSet, YearFilter
from r1540.directory.choices import RegionalGroup


def _code_filter(label, choices_list):
    """Rows whose space-separated codes include the chosen one."""
    return django_filters.ChoiceFilter(label=label, choices=choices_list, method="filter_code")


class CodedFilterSet(SearchFilterSet):
    area = _code_filter(_("Area"), choices.Area.choices)
    weapon = _code_filter(_("Weapon category"), choices.Weapon.choices)
    type = _code_filter(_("Kind of assistance"), choices.AssistanceType.choices)
    language = django_filters.ChoiceFilter(label=_("Language"), choices=settings.LANGUAGES)

    FIELDS = {"area": "areas", "weapon": "weapons", "type": "types"}

    def filter_code(self, queryset, name, value):
        return queryset.filter(**{"{}__regex".format(self.FIELDS[name]): r"(^|\s){}(\s|$)".format(value)})


class AssistanceRequestFilterSet(CodedFilterSet):
    state = django_filters.CharFilter(label=_("State (ISO code)"), field_name="state__iso3", lookup_expr="iexact")
    status = django_filters.ChoiceFilter(label=_("Status"), choices=choices.RequestStatus.choices)
    regional_group = django_filters.ChoiceFilter(
        label=_("Regional group"), field_name="state__regional_group", choices=RegionalGroup.choices
    )
    year = YearFilter(label=_("Year received"), field_name="received_date__year")

    class Meta:
        model = AssistanceRequest
        fields = ["q", "state", "status", "regional_group", "area", "weapon", "type", "language", "year"]


class AssistanceOfferFilterSet(CodedFilterSet):
    provider = django_filters.CharFilter(label=_("Provider (ISO code or acronym)"), method="filter_provider")
    status = django_filters.ChoiceFilter(label=_("Status"), choices=choices.OfferStatus.choices)
    standing = django_filters.BooleanFilter(label=_("Standing programme"))

    class Meta:
        model = AssistanceOffer
        fields = ["q", "provider", "status", "standing", "area", "weapon", "type", "language"]

    def filter_provider(self, queryset, name, value):
        from django.db.models import Q

        return queryset.filter(Q(provider_state__iso3__iexact=value) | Q(provider_organization__acronym__iexact=value))
