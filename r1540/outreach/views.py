"""Outreach pages: events past and upcoming, an event, the FAQ, and the events feeds."""

from __future__ import annotations

from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext_lazy as _

from r1540.core.i18n import all_languages
from r1540.core.permissions import policy_for
from r1540.core.views.generic import ObjectListView
from r1540.outreach import filters, tables
from r1540.outreach.models import Event, Question


class EventListView(ObjectListView):
    model = Event
    table_class = tables.EventTable
    filterset_class = filters.EventFilterSet
    intro = _(
        "Workshops, conferences, country visits, training courses for points of contact and the Committee's "
        "meetings with industry, academia, civil society and parliaments, past and upcoming."
    )

    def get_queryset(self):
        return super().get_queryset().select_related("country")


def _languages(obj, field: str) -> list[dict]:
    """The languages a text exists in (English is the fallback of the others)."""
    return [row for row in all_languages(obj, field) if row["value"]]


def event_detail(request, code):
    event = get_object_or_404(
        policy_for(Event).visible(request.user, Event.objects.select_related("country")), code=code
    )
    text = "description" if event.description_en else "curriculum" if event.curriculum_en else "title"
    languages = _languages(event, text)
    return render(
        request,
        "outreach/event_detail.html",
        {
            "object": event,
            "organizations": event.organizations.all(),
            "participants": event.participants.all(),
            "languages": languages,
            "translated": any(row["code"] == request.LANGUAGE_CODE for row in languages),
        },
    )


def faq(request):
    """The Committee's frequently asked questions, in the reader's language."""
    questions = policy_for(Question).visible(request.user, Question.objects.all())
    return render(request, "outreach/faq.html", {"questions": questions})
