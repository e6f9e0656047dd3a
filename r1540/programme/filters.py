"""One FilterSet per list, shared by the pages and the API."""

import django_filters
from django.conf import settings
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

from r1540.core.filters import FilterSet, SearchFilterSet, YearFilter
from r1540.programme import choices
from r1540.programme.models import Letter, Meeting, MeetingDocument


class MeetingFilterSet(FilterSet):
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=choices.MeetingKind.choices)
    working_group = django_filters.ChoiceFilter(label=_("Working group"), choices=choices.WorkingGroup.choices)
    year = YearFilter(label=_("Year"), field_name="starts_at__year")

    class Meta:
        model = Meeting
        fields = ["kind", "working_group", "year"]


class MeetingDocumentFilterSet(SearchFilterSet):
    year = YearFilter(label=_("Year"), field_name="meeting__starts_at__year")

    class Meta:
        model = MeetingDocument
        fields = ["q", "year"]


class LetterFilterSet(SearchFilterSet):
    template = django_filters.CharFilter(label=_("Letter"), field_name="template__code")
    status = django_filters.ChoiceFilter(label=_("Status"), choices=choices.LetterStatus.choices)
    language = django_filters.ChoiceFilter(label=_("Language"), choices=settings.LANGUAGES)
    batch = django_filters.CharFilter(
        label=_("Mail merge"),
        field_name="batch",
        max_length=40,
        validators=[RegexValidator(r"^[\w-]+\Z", _("A mail merge is named by letters, digits and hyphens."))],
    )
    state = django_filters.CharFilter(label=_("State (ISO code)"), field_name="state__iso3", lookup_expr="iexact")

    class Meta:
        model = Letter
        fields = ["q", "template", "status", "language", "batch", "state"]
