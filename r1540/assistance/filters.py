"""One FilterSet per list, shared by the pages and the API."""

import django_filters
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from r1540.assistance import choices
from r1540.assistance.models import AssistanceOffer, AssistanceRequest
from r1540.core.filters import CodeListFilter, SearchFilterSet, YearFilter
from r1540.directory.choices import RegionalGroup


class CodedFilterSet(SearchFilterSet):
    area = CodeListFilter(label=_("Area"), field_name="areas", choices=choices.Area.choices)
    weapon = CodeListFilter(label=_("Weapon category"), field_name="weapons", choices=choices.Weapon.choices)
    type = CodeListFilter(label=_("Kind of assistance"), field_name="types", choices=choices.AssistanceType.choices)
    language = django_filters.ChoiceFilter(label=_("Language"), choices=settings.LANGUAGES)


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
