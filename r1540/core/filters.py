"""Bounds on every query parameter the site reads, and the FilterSet bases.

Every parameter of a query string goes through a form whose fields are bounded here: text is at
most ``MAX_TEXT`` characters, a year lies between ``FIRST_YEAR`` and ``LAST_YEAR``, a whole
number within ``MAX_INTEGER``, a date within those years. A value out of bounds is a form error
(a list page shows it, the API answers 400) or, for a page that shows no form, ignored; it never
reaches the database or the calendar, where it was a server error (year 0, a number wider than
64 bits, a LIKE pattern longer than SQLite allows, the day after 31 December 9999).

- A list's FilterSet derives from ``FilterSet`` (or ``SearchFilterSet``, with ``q``).
- A function view parses its query string with a ``QueryForm`` and declares it with
  ``@reads_query(TheForm)``, so the hostile-input test knows its parameters.
- A table paginates with ``BoundedPaginator``; the API with ``r1540.core.pagination.Pagination``.
"""

from __future__ import annotations

import datetime

import django_filters
from django import forms
from django.core.paginator import Paginator
from django.core.validators import MaxLengthValidator, MaxValueValidator, MinValueValidator
from django.utils.translation import gettext_lazy as _

from r1540.core.fields import CheckboxFieldset
from r1540.core.forms import StyledFormMixin

#: The longest text a query parameter may carry (the search page has always taken 200).
MAX_TEXT = 200
#: The years any filter may ask for: the Committee's records start in 2004, the treaties it
#: follows early in the twentieth century.
FIRST_YEAR, LAST_YEAR = 1900, 2100
#: The largest whole number a parameter may carry (a primary key, a count): a 32-bit integer,
#: which every database takes.
MAX_INTEGER = 2**31 - 1
#: The most rows one page of a table or of the API may hold.
MAX_PAGE_SIZE = 1000


class YearField(forms.IntegerField):
    """A year between ``FIRST_YEAR`` and ``LAST_YEAR``."""

    def __init__(self, **kwargs):
        kwargs.setdefault("min_value", FIRST_YEAR)
        kwargs.setdefault("max_value", LAST_YEAR)
        super().__init__(**kwargs)


def bound_field(field: forms.Field) -> None:
    """Give one field of a query form the bounds it lacks (in place: a form's fields are its own
    copies)."""
    if isinstance(field, forms.CharField) and field.max_length is None:
        field.max_length = MAX_TEXT
        field.validators.append(MaxLengthValidator(MAX_TEXT))
        field.widget.attrs.setdefault("maxlength", str(MAX_TEXT))
    elif isinstance(field, (forms.IntegerField, forms.DecimalField, forms.FloatField)):
        if field.min_value is None:
            field.min_value = -MAX_INTEGER
            field.validators.append(MinValueValidator(-MAX_INTEGER))
        if field.max_value is None:
            field.max_value = MAX_INTEGER
            field.validators.append(MaxValueValidator(MAX_INTEGER))
    elif isinstance(field, forms.DateField):
        field.validators.append(MinValueValidator(datetime.date(FIRST_YEAR, 1, 1)))
        field.validators.append(MaxValueValidator(datetime.date(LAST_YEAR, 12, 31)))
    if isinstance(field, forms.MultiValueField):
        for part in field.fields:
            bound_field(part)


class BoundedFormMixin:
    """Bound every field of the form (see ``bound_field``)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            bound_field(field)


class QueryForm(BoundedFormMixin, forms.Form):
    """The query string of a page that shows no filter form: a bad value is ignored."""

    def values(self) -> dict:
        """Each parameter's value; its field's initial (the default) where it is missing or bad."""
        self.is_valid()
        values = {}
        for name, field in self.fields.items():
            value = self.cleaned_data.get(name)
            values[name] = self.get_initial_for_field(field, name) if value in field.empty_values else value
        return values


class RowForm(QueryForm):
    """``done=<id>``: a row picked by its id (``None`` when the id is not a whole number)."""

    done = forms.IntegerField(min_value=1, max_value=MAX_INTEGER, required=False)


def reads_query(form_class: type[forms.Form]):
    """Declare the form that parses a function view's query string."""

    def decorate(view):
        view.query_form = form_class
        return view

    return decorate


class BoundedPaginator(Paginator):
    """A paginator whose page size, from the query string (``per_page``), stays from 1 to
    ``MAX_PAGE_SIZE``."""

    def __init__(self, object_list, per_page, *args, **kwargs):
        super().__init__(object_list, min(max(int(per_page), 1), MAX_PAGE_SIZE), *args, **kwargs)


class YearFilter(django_filters.NumberFilter):
    """Rows of one year (``field_name`` ends in ``__year``)."""

    field_class = YearField


class CodeListFilter(django_filters.MultipleChoiceFilter):
    """Rows whose coded list holds any of the chosen codes (``?area=a&area=b``); the choices are
    the model field's vocabulary unless given."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("lookup_expr", "has")
        kwargs.setdefault("distinct", False)  # one row per record already: no join
        kwargs.setdefault("widget", CheckboxFieldset)
        super().__init__(*args, **kwargs)


class FilterSet(django_filters.FilterSet):
    """A FilterSet whose form bounds every parameter."""

    def get_form_class(self):
        form_class = super().get_form_class()
        return type(form_class.__name__, (BoundedFormMixin, form_class), {})


class SearchFilterSet(FilterSet):
    """A free-text ``q`` that each model's queryset ``search`` answers, and Bootstrap-styled widgets."""

    q = django_filters.CharFilter(label=_("Search"), method="search", max_length=MAX_TEXT)

    def get_form_class(self):
        form_class = super().get_form_class()
        return type(form_class.__name__, (StyledFormMixin, form_class), {})

    def search(self, queryset, name, value):
        return queryset.search(value)
