"""The FilterSet base: a free-text ``q`` that each model's queryset ``search`` answers,
and Bootstrap-styled widgets."""

import django_filters
from django.utils.translation import gettext_lazy as _

from r1540.core.fields import CheckboxFieldset
from r1540.core.forms import StyledFormMixin


class CodeListFilter(django_filters.MultipleChoiceFilter):
    """Rows whose coded list holds any of the chosen codes (``?area=a&area=b``); the choices are
    the model field's vocabulary unless given."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("lookup_expr", "has")
        kwargs.setdefault("distinct", False)  # one row per record already: no join
        kwargs.setdefault("widget", CheckboxFieldset)
        super().__init__(*args, **kwargs)


class SearchFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("Search"), method="search")

    def get_form_class(self):
        form_class = super().get_form_class()
        return type(form_class.__name__, (StyledFormMixin, form_class), {})

    def search(self, queryset, name, value):
        return queryset.search(value)
