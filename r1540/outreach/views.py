"""Outreach pages: events past and upcoming, an event, the FAQ, the events feeds, and the
cooperation with partners (the list, a partner's page, recording an activity)."""

from __future__ import annotations

from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext_lazy as _

from r1540.core import audit
from r1540.core.i18n import all_languages
from r1540.core.permissions import policy_for
from r1540.core.views.generic import ObjectCreateView, ObjectListView
from r1540.directory.policies import PointOfContactPolicy
from r1540.outreach import choices, filters, forms, services, tables
from r1540.outreach.models import Cooperation, CooperationActivity, Event, Question


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


class CooperationListView(ObjectListView):
    model = Cooperation
    table_class = tables.CooperationTable
    filterset_class = filters.CooperationFilterSet
    intro = _(
        "The organizations the Committee cooperates with, and the Security Council's 1267 and 1373 committees: "
        "how they work together, what they exchange and what they have done together."
    )

    def get_queryset(self):
        published_only = not policy_for(CooperationActivity).sees_internal(self.request.user)
        return super().get_queryset().select_related("organization").with_activity_counts(published_only=published_only)


def cooperation_detail(request, slug):
    """A partner: modalities, exchanges, points of contact (never public), the activities and
    the Committee's part in the partner's events."""
    partner = get_object_or_404(
        policy_for(Cooperation).visible(request.user, Cooperation.objects.select_related("organization")),
        organization__slug=slug,
    )
    activities = policy_for(CooperationActivity).visible(
        request.user, partner.activities.select_related("state", "event")
    )
    participation = choices.ActivityKind.COMMITTEE_PARTICIPATION
    context = {
        "object": partner,
        "activities": [activity for activity in activities if activity.kind != participation],
        "participations": [activity for activity in activities if activity.kind == participation],
        "can_add_activity": policy_for(CooperationActivity).can_add(request.user),
        "languages": _languages(partner, "modalities"),
    }
    context["translated"] = any(row["code"] == request.LANGUAGE_CODE for row in context["languages"])
    if policy_for(Cooperation).can_view_history(request.user, partner):
        context["history"] = audit.change_log(partner, limit=50)
    context["pocs"] = PointOfContactPolicy().active_for(request.user, partner.organization)
    return render(request, "outreach/cooperation_detail.html", context)


class CooperationActivityCreateView(ObjectCreateView):
    """Record an activity with the partner of the URL; the service applies the rules."""

    model = CooperationActivity
    form_class = forms.CooperationActivityForm

    def dispatch(self, request, *args, **kwargs):
        self.partner = get_object_or_404(
            Cooperation.objects.select_related("organization"), organization__slug=kwargs["slug"]
        )
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["instance"] = CooperationActivity(cooperation=self.partner)
        return kwargs

    service = services.cooperation_activity_save
    service_argument = "activity"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["title"] = _("Record an activity with {partner}").format(partner=self.partner)
        context["cancel_url"] = self.partner.get_absolute_url()
        return context
