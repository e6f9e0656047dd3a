"""National reporting pages: the reports, the States that have not reported, the dialogue."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext_lazy as _

from r1540.core import roles
from r1540.core.permissions import policy_for
from r1540.core.views.generic import (
    ObjectCreateView,
    ObjectDetailView,
    ObjectEditView,
    ObjectListView,
    add_validation_error,
)
from r1540.directory.models import State
from r1540.reporting import filters, forms, selectors, services, tables
from r1540.reporting.models import DialogueEntry, NationalReport


class NationalReportListView(ObjectListView):
    model = NationalReport
    queryset = NationalReport.objects.select_related("state")
    filterset_class = filters.NationalReportFilterSet
    table_class = tables.NationalReportTable
    add_url_name = "reporting:report_add"
    intro = _("First reports and additional information submitted by States under resolution 1540 (2004).")


class NationalReportDetailView(ObjectDetailView):
    model = NationalReport
    queryset = NationalReport.objects.select_related("state").prefetch_related("files")
    template_name = "reporting/report_detail.html"


class NationalReportSaveMixin:
    model = NationalReport
    form_class = forms.NationalReportForm

    def save(self, form):
        return services.national_report_save(
            report=form.instance,
            actor=self.request.user,
            reason=form.cleaned_data["reason"],
            expected_version=form.cleaned_data.get("lock_version"),
        )


class NationalReportCreateView(NationalReportSaveMixin, ObjectCreateView):
    cancel_url_name = "reporting:report_list"


class NationalReportEditView(NationalReportSaveMixin, ObjectEditView):
    queryset = NationalReport.objects.select_related("state")


def non_reporting(request):
    states = selectors.non_reporting_states()
    return render(
        request,
        "reporting/non_reporting.html",
        {
            "states": states,
            "figures": selectors.reporting_figures(),
            "by_year": selectors.reports_by_year(),
            "can_see_dialogue": roles.is_committee(request.user),
        },
    )


def dialogue(request, code):
    """A State's dialogue log with the Committee; experts and the secretariat add to it."""
    policy = policy_for(DialogueEntry)
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    state = get_object_or_404(State, iso3=code.upper())
    if not policy.can_list(request.user) or not (
        roles.is_committee(request.user) or roles.bound_state_id(request.user) == state.pk
    ):
        raise PermissionDenied
    can_add = policy.can_add(request.user)
    form = forms.DialogueEntryForm(request.POST or None)
    if request.method == "POST":
        if not can_add:
            raise PermissionDenied
        if form.is_valid():
            try:
                services.dialogue_record(state=state, actor=request.user, **form.cleaned_data)
            except ValidationError as error:
                add_validation_error(form, error)
            else:
                messages.success(request, _("The contact is recorded."))
                return redirect("reporting:dialogue", code=code)
    entries = policy.visible(request.user, state.dialogue_entries.select_related("recorded_by"))
    return render(
        request, "reporting/dialogue.html", {"state": state, "entries": entries, "form": form, "can_add": can_add}
    )
