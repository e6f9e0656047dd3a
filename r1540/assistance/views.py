"""Assistance pages: requests, offers, matching, correspondence and the quarterly report."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from r1540.assistance import choices, filters, forms, lifecycle, reports, selectors, services, tables
from r1540.assistance.models import AssistanceOffer, AssistanceRequest, Communication, Match
from r1540.core.filters import RowForm, reads_query
from r1540.core.permissions import policy_for
from r1540.core.views.generic import (
    ObjectCreateView,
    ObjectDetailView,
    ObjectEditView,
    ObjectListView,
    add_validation_error,
    committee_only,
)


class AssistanceRequestListView(ObjectListView):
    model = AssistanceRequest
    queryset = AssistanceRequest.objects.select_related("state")
    filterset_class = filters.AssistanceRequestFilterSet
    table_class = tables.AssistanceRequestTable
    add_url_name = "assistance:request_add"
    intro = _(
        "Requests for assistance from States under resolution 1540 (2004), with where each stands. "
        "A request is listed publicly only if its State agrees."
    )


class AssistanceOfferListView(ObjectListView):
    model = AssistanceOffer
    queryset = AssistanceOffer.objects.select_related("provider_state", "provider_organization")
    filterset_class = filters.AssistanceOfferFilterSet
    table_class = tables.AssistanceOfferTable
    add_url_name = "assistance:offer_add"
    intro = _(
        "Offers and standing programmes of assistance from States and international, regional and "
        "subregional organizations."
    )


class AssistanceRequestDetailView(ObjectDetailView):
    model = AssistanceRequest
    queryset = AssistanceRequest.objects.select_related("state", "action_plan", "submitted_by")
    template_name = "assistance/request_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user, item = self.request.user, self.object
        context["matches"] = list(
            policy_for(Match).visible(
                user, item.matches.select_related("offer__provider_state", "offer__provider_organization")
            )
        )
        for match in context["matches"]:
            match.next_steps = [
                (status, choices.MatchStatus(status).label) for status in lifecycle.MATCH_FLOW[match.status]
            ]
        policy = policy_for(AssistanceRequest)
        context["can_act"] = policy.can_act(user, item)
        context["next_steps"] = [
            (status, choices.RequestStatus(status).label) for status in lifecycle.REQUEST_FLOW[item.status]
        ]
        if policy.sees_internal(user, item):
            context["suggestions"] = selectors.offers_for_request(item, user, k=5) if item.open else []
            context["matching_pending"] = item.open and selectors.matching_pending(item)
            context["communications"] = item.communications.select_related("match__offer", "recorded_by")
            context["communication_form"] = (
                forms.CommunicationForm(request_obj=item) if policy_for(Communication).can_add(user) else None
            )
            context["can_give_feedback"] = item.status == "completed"
        return context


class AssistanceOfferDetailView(ObjectDetailView):
    model = AssistanceOffer
    queryset = AssistanceOffer.objects.select_related("provider_state", "provider_organization")
    template_name = "assistance/offer_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user, item = self.request.user, self.object
        context["matches"] = policy_for(Match).visible(user, item.matches.select_related("request__state"))
        policy = policy_for(AssistanceOffer)
        context["can_act"] = policy.can_act(user, item)
        context["next_steps"] = [
            (status, choices.OfferStatus(status).label) for status in lifecycle.OFFER_FLOW[item.status]
        ]
        if policy.sees_internal(user, item):
            context["suggestions"] = selectors.requests_for_offer(item, user, k=5)
            context["matching_pending"] = selectors.matching_pending(item)
        return context


class BoundFormMixin:
    """A POC's form is tied to its own State or organization."""

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        user = self.request.user
        if not policy_for(self.model).can_add_for_any(user):
            if self.model is AssistanceRequest:
                kwargs["bound_state"] = user.state
            else:
                kwargs["bound_state"], kwargs["bound_organization"] = user.state, user.organization
        return kwargs


class AssistanceRequestSaveMixin(BoundFormMixin):
    model = AssistanceRequest
    form_class = forms.AssistanceRequestForm

    service = services.request_save
    service_argument = "request"

    def create_initial(self):
        return {"received_date": timezone.localdate(), "language": self.request.LANGUAGE_CODE}


class AssistanceOfferSaveMixin(BoundFormMixin):
    model = AssistanceOffer
    form_class = forms.AssistanceOfferForm

    service = services.offer_save
    service_argument = "offer"

    def create_initial(self):
        return {"language": self.request.LANGUAGE_CODE, "regions": [choices.Region.GLOBAL]}


class AssistanceRequestCreateView(AssistanceRequestSaveMixin, ObjectCreateView):
    cancel_url_name = "assistance:request_list"


class AssistanceRequestEditView(AssistanceRequestSaveMixin, ObjectEditView):
    queryset = AssistanceRequest.objects.select_related("state")


class AssistanceOfferCreateView(AssistanceOfferSaveMixin, ObjectCreateView):
    cancel_url_name = "assistance:offer_list"


class AssistanceOfferEditView(AssistanceOfferSaveMixin, ObjectEditView):
    pass


def _visible_or_404(request, model, pk, **related):
    if not request.user.is_authenticated:
        return None
    queryset = policy_for(model).visible(request.user, model.objects.select_related(*related.get("related", ())))
    return get_object_or_404(queryset, pk=pk)


def _post_only_acting(request, model):
    """A POST by someone ``model``'s policy lets take its rows through the workflow."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if request.method != "POST":
        raise Http404
    if not policy_for(model).can_act(request.user):
        raise PermissionDenied
    return None


def _report(request, error: ValidationError) -> None:
    for message in error.messages:
        messages.error(request, message)


def request_move(request, pk):
    """Take a request to its next step (experts and the secretariat)."""
    if (response := _post_only_acting(request, AssistanceRequest)) is not None:
        return response
    item = _visible_or_404(request, AssistanceRequest, pk)
    form = forms.MoveForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Say why, for the history."))
        return redirect(item)
    try:
        services.request_move(
            request=item, status=form.cleaned_data["status"], actor=request.user, reason=form.cleaned_data["reason"]
        )
    except ValidationError as error:
        _report(request, error)
    else:
        messages.success(request, _("The request is now “{status}”.").format(status=item.get_status_display()))
    return redirect(item)


def request_feedback(request, pk):
    """The State's feedback on completed assistance: its POC or the secretariat records it."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    item = _visible_or_404(request, AssistanceRequest, pk)
    if request.method != "POST":
        raise Http404
    if not policy_for(AssistanceRequest).can_move(request.user, item, choices.RequestStatus.FEEDBACK):
        raise PermissionDenied
    form = forms.FeedbackForm(request.POST)
    try:
        if not form.is_valid():
            raise ValidationError(form.errors)
        services.feedback_record(request=item, feedback=form.cleaned_data["feedback"], actor=request.user)
    except ValidationError as error:
        _report(request, error)
    else:
        messages.success(request, _("Thank you: the feedback is recorded."))
    return redirect(item)


def offer_move(request, pk):
    if (response := _post_only_acting(request, AssistanceOffer)) is not None:
        return response
    item = _visible_or_404(request, AssistanceOffer, pk)
    form = forms.MoveForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Say why, for the history."))
        return redirect(item)
    try:
        services.offer_move(
            offer=item, status=form.cleaned_data["status"], actor=request.user, reason=form.cleaned_data["reason"]
        )
    except ValidationError as error:
        _report(request, error)
    return redirect(item)


def request_propose(request, pk):
    """Put a suggested (or any) offer to the request."""
    if (response := _post_only_acting(request, Match)) is not None:
        return response
    item = _visible_or_404(request, AssistanceRequest, pk)
    form = forms.ProposeForm(request.POST)
    if form.is_valid():
        offer = get_object_or_404(AssistanceOffer, pk=form.cleaned_data["offer"])
        suggestion = next(
            (s for s in selectors.offers_for_request(item, request.user, k=50) if s.item.pk == offer.pk), None
        )
        try:
            services.match_propose(
                request=item,
                offer=offer,
                actor=request.user,
                score=suggestion.score if suggestion else None,
                reasons=suggestion.codes if suggestion else [],
                note=form.cleaned_data["note"],
            )
        except ValidationError as error:
            _report(request, error)
        else:
            messages.success(request, _("The offer is proposed; record the providers' and the State's answers."))
    return redirect(item)


def match_move(request, pk):
    if (response := _post_only_acting(request, Match)) is not None:
        return response
    match = get_object_or_404(Match.objects.select_related("request", "offer"), pk=pk)
    form = forms.MoveForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Say why, for the history."))
        return redirect(match.request)
    try:
        services.match_move(
            match=match,
            status=form.cleaned_data["status"],
            actor=request.user,
            reason=form.cleaned_data["reason"],
            fulfilment=form.cleaned_data["fulfilment"] or None,
        )
    except ValidationError as error:
        _report(request, error)
    return redirect(match.request)


def communication_add(request, pk):
    """Record a letter, e-mail, meeting or call about a request (or mark a follow-up done)."""
    if (response := _post_only_acting(request, Communication)) is not None:
        return response
    item = _visible_or_404(request, AssistanceRequest, pk)
    if request.POST.get("done"):
        communication = get_object_or_404(item.communications, pk=RowForm(request.POST).values()["done"])
        services.follow_up_done(communication=communication, actor=request.user)
        return redirect(item.get_absolute_url() + "#communications")
    form = forms.CommunicationForm(request.POST, request_obj=item)
    if form.is_valid():
        try:
            services.communication_record(request=item, actor=request.user, **form.cleaned_data)
        except ValidationError as error:
            add_validation_error(form, error)
        else:
            messages.success(request, _("The contact is recorded."))
            return redirect(item.get_absolute_url() + "#communications")
    for errors in form.errors.values():
        for error in errors:
            messages.error(request, error)
    return redirect(item.get_absolute_url() + "#communications")


@committee_only
@reads_query(forms.QuarterQueryForm)
def quarterly(request):
    """The quarterly report to the Committee (programme of work, 9 (h)), for the Committee."""
    query = forms.QuarterQueryForm(request.GET)
    if not query.is_valid() and {"year", "quarter"} & set(query.errors):
        raise Http404  # a quarter the report does not cover; an unknown format shows the page
    year, quarter, kind = (query.values()[name] for name in ("year", "quarter", "format"))
    figures = selectors.quarterly_figures(year, quarter)
    if kind in reports.QUARTERLY_TYPES:
        content_type, build = reports.QUARTERLY_TYPES[kind]
        response = HttpResponse(build(figures, request.LANGUAGE_CODE), content_type=content_type)
        response["Content-Disposition"] = 'attachment; filename="assistance-{}-q{}-{}.{}"'.format(
            year, quarter, request.LANGUAGE_CODE, kind
        )
        return response
    return render(request, "assistance/quarterly.html", {"figures": figures, **reports.tables(figures)})
