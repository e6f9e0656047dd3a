"""Directory pages: thin views over the generic ones, the querysets and the services."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from r1540.core import panels
from r1540.core.i18n import all_languages
from r1540.core.services import ConcurrentEditError
from r1540.core.views.generic import ObjectDetailView, ObjectEditView, ObjectListView, add_validation_error
from r1540.directory import filters, forms, selectors, services, tables
from r1540.directory.models import Organization, Person, PointOfContact, State
from r1540.directory.policies import PointOfContactPolicy


class StateListView(ObjectListView):
    model = State
    queryset = State.objects.all()
    filterset_class = filters.StateFilterSet
    table_class = tables.StateTable
    intro = _(
        "The 193 Member States of the United Nations. The Holy See and the State of Palestine, non-member "
        "observer States, are listed under Status."
    )


class StateDetailView(ObjectDetailView):
    model = State
    slug_field = "iso3"
    slug_url_kwarg = "code"

    def get_object(self, queryset=None):
        queryset = self.get_queryset() if queryset is None else queryset
        return get_object_or_404(queryset, iso3=self.kwargs["code"].upper())

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        state = self.object
        context["names"] = all_languages(state, "name")
        context["council_years"] = list(state.council_memberships.order_by("-year").values_list("year", flat=True))
        context["offices"] = state.committee_offices.order_by("-start_date")
        context["panels"] = panels.panels_for(self.request, state)
        # Whether the State has a point of contact is public; who it is, is not.
        context["poc_designated"] = state.points_of_contact.active().exists()
        policy = PointOfContactPolicy()
        context["pocs"] = policy.active_for(self.request.user, state)
        if context["pocs"] is not None:
            context["can_designate"] = policy.can_add_for(self.request.user, state=state)
        return context


class StateEditView(ObjectEditView):
    model = State
    form_class = forms.StateForm

    def get_object(self, queryset=None):
        state = get_object_or_404(self.get_queryset(), iso3=self.kwargs["code"].upper())
        if not self.policy.can_change(self.request.user, state):
            raise PermissionDenied
        return state


class OrganizationListView(ObjectListView):
    model = Organization
    queryset = Organization.objects.select_related("parent")
    filterset_class = filters.OrganizationFilterSet
    table_class = tables.OrganizationTable
    intro = _("International, regional and subregional organizations and UN bodies the Committee works with.")


class OrganizationDetailView(ObjectDetailView):
    model = Organization

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        organization = self.object
        context["children"] = organization.children.all()
        context["panels"] = panels.panels_for(self.request, organization)
        policy = PointOfContactPolicy()
        context["pocs"] = policy.active_for(self.request.user, organization)
        if context["pocs"] is not None:
            context["can_designate"] = policy.can_add_for(self.request.user, organization=organization)
        return context


class OrganizationEditView(ObjectEditView):
    model = Organization
    form_class = forms.OrganizationForm


class PointOfContactListView(ObjectListView):
    model = PointOfContact
    queryset = PointOfContact.objects.select_related("person", "state", "organization")
    filterset_class = filters.PointOfContactFilterSet
    table_class = tables.PointOfContactTable
    intro = _("Points of contact of States and organizations. Personal data: for official use only.")


class PointOfContactDetailView(ObjectDetailView):
    model = PointOfContact
    queryset = PointOfContact.objects.select_related("person", "state", "organization")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["events"] = self.object.events.select_related("actor")
        return context


class PointOfContactEditView(ObjectEditView):
    model = PointOfContact
    queryset = PointOfContact.objects.select_related("person", "state", "organization")
    form_class = forms.PointOfContactForm
    template_name = "directory/pointofcontact_edit.html"

    service = services.poc_update
    service_argument = "poc"

    def service_kwargs(self, form) -> dict:
        return {"person": form.person_form.apply_to(form.instance.person)}


def _party(kind: str, key: str):
    if kind == "state":
        return get_object_or_404(State, iso3=key.upper())
    if kind == "organization":
        return get_object_or_404(Organization, slug=key)
    raise Http404


def pointofcontact_designate(request, kind: str, key: str):
    """A State or an organization designates a new POC (recorded as an event)."""
    party = _party(kind, key)
    policy = PointOfContactPolicy()
    if not request.user.is_authenticated:
        from django.contrib.auth.views import redirect_to_login

        return redirect_to_login(request.get_full_path())
    if not policy.can_add_for(request.user, **{kind: party}):
        raise PermissionDenied
    form = forms.PointOfContactDesignateForm(
        request.POST or None, party=party, initial={"designated_date": timezone.localdate()}
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            poc = services.poc_designate(
                party=party,
                person=form.apply_to(Person()),
                location=data["location"],
                institution=data["institution"],
                designated_date=data["designated_date"],
                reference_text=data["reference_text"],
                replaces=data["replaces"],
                actor=request.user,
                reason=data["reason"],
            )
        except (ValidationError, ConcurrentEditError) as error:
            if isinstance(error, ValidationError):
                add_validation_error(form, error)
            else:
                form.add_error(None, str(error))
        else:
            messages.success(request, _("The point of contact is recorded."))
            return redirect(poc.get_absolute_url())
    return render(request, "directory/pointofcontact_designate.html", {"form": form, "party": party})


def council(request, year: int | None = None):
    """The Security Council (and so the Committee) of one year, with its office holders."""
    year = year or selectors.latest_council_year()
    if year is None:
        raise Http404
    members = selectors.council_for_year(year)
    if not members:
        raise Http404
    return render(
        request,
        "directory/council.html",
        {
            "year": year,
            "members": members,
            "offices": selectors.offices_for_year(year),
            "years": selectors.council_years(),
        },
    )
