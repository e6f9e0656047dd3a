"""The FilterSet base: a free-text ``q`` that each model's queryset ``search`` answers,
and Bootstrap-styled widgets."""

import django_filters
from django.utils.translation import gettext_lazy as _

from r1540.core.forms import StyledFormMixin


class SearchFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("Search"), method="search")

    def get_form_class(self):
        form_class = super().get_form_class()
        return type(form_class.__name__, (StyledFormMixin, form_class), {})

    def search(self, queryset, name, value):
        return queryset.search(value)
