"""National reporting pages: the reports, the States that have not reported, the dialogue."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext_lazy as _

from r1540.core.filters import RowForm, reads_query
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
from r1540.reporting.choices import AdherenceStatus
from r1540.reporting.models import (
    ActionPlan,
    Adherence,
    ControlList,
    DialogueEntry,
    EffectivePractice,
    Instrument,
    NationalReport,
)


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
    service = services.national_report_save
    service_argument = "report"


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
            "can_see_dialogue": policy_for(DialogueEntry).sees_internal(request.user),
        },
    )


def dialogue(request, code):
    """A State's dialogue log with the Committee; experts and the secretariat add to it."""
    policy = policy_for(DialogueEntry)
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    state = get_object_or_404(State, iso3=code.upper())
    if not policy.can_list(request.user) or not policy.sees_for(request.user, state=state):
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


def instrument_list(request):
    """The treaties and instruments of the OP 1 section, with how many Member States stand where."""
    figures = selectors.instrument_figures()
    members = State.objects.members().count()
    for item in figures:
        item["shares"] = [
            (status, label, item["counts"].get(status, 0), 100 * item["counts"].get(status, 0) / members)
            for status, label in AdherenceStatus.choices
        ]
    return render(request, "reporting/instrument_list.html", {"figures": figures, "members": members})


@reads_query(filters.AdherenceFilterSet)
def instrument(request, code):
    """One instrument and every Member State's standing with it."""
    item = get_object_or_404(Instrument, code=code)
    filterset = filters.AdherenceFilterSet(
        request.GET or None,
        queryset=item.adherence.filter(state__status="member").select_related("state").order_by("state__name_en"),
    )
    return render(
        request,
        "reporting/instrument_detail.html",
        {
            "object": item,
            "filter": filterset,
            "rows": filterset.qs,
            "can_change": policy_for(Adherence).can_change(request.user, None),
        },
    )


class AdherenceEditView(ObjectEditView):
    model = Adherence
    form_class = forms.AdherenceForm
    queryset = Adherence.objects.select_related("state", "instrument")
    service = services.adherence_save
    service_argument = "adherence"


class ActionPlanListView(ObjectListView):
    model = ActionPlan
    queryset = ActionPlan.objects.select_related("state")
    filterset_class = filters.ActionPlanFilterSet
    table_class = tables.ActionPlanTable
    add_url_name = "reporting:actionplan_add"
    intro = _(
        "Voluntary national implementation action plans that States have shared with the Committee, "
        "with each revision and its follow-up."
    )


class ActionPlanDetailView(ObjectDetailView):
    model = ActionPlan
    queryset = ActionPlan.objects.select_related("state", "previous")
    template_name = "reporting/actionplan_detail.html"
    edit_url_name = "reporting:actionplan_edit"
    list_url_name = "reporting:actionplan_list"
    detail_fields = [
        "state",
        "revision",
        "status",
        "language",
        "adopted_date",
        "shared_date",
        "period_start_date",
        "period_end_date",
        "areas",
        "summary",
        "published",
        "previous",
    ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["follow_ups"] = self.object.follow_ups.all()
        context["files"] = self.object.files.all()
        context["next_revision"] = getattr(self.object, "next_revision", None)
        if context["can_change"]:
            context["follow_up_form"] = forms.FollowUpForm()
        return context


class ActionPlanSaveMixin:
    model = ActionPlan
    form_class = forms.ActionPlanForm
    service = services.action_plan_save
    service_argument = "plan"


class ActionPlanCreateView(ActionPlanSaveMixin, ObjectCreateView):
    cancel_url_name = "reporting:actionplan_list"


class ActionPlanEditView(ActionPlanSaveMixin, ObjectEditView):
    queryset = ActionPlan.objects.select_related("state")


def _changeable_plan(request, pk) -> ActionPlan:
    policy = policy_for(ActionPlan)
    plan = get_object_or_404(policy.visible(request.user, ActionPlan.objects.select_related("state")), pk=pk)
    if not policy.can_change(request.user, plan):
        raise PermissionDenied
    return plan


def actionplan_revise(request, pk):
    """Record that the State shared a new version of its plan."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    plan = _changeable_plan(request, pk)
    form = forms.ActionPlanReviseForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            new = services.action_plan_revise(plan=plan, actor=request.user, reason=form.cleaned_data["reason"])
        except ValidationError as error:
            add_validation_error(form, error)
        else:
            messages.success(
                request, _("Revision {number} is recorded; add its files and details.").format(number=new.revision)
            )
            return redirect("reporting:actionplan_edit", pk=new.pk)
    return render(
        request,
        "core/object_edit.html",
        {"form": form, "title": _("New revision of {plan}").format(plan=plan), "cancel_url": plan.get_absolute_url()},
    )


def actionplan_follow_up(request, pk):
    """Record a follow-up step on a plan (POST), or mark one done (``done=<id>``)."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    plan = _changeable_plan(request, pk)
    if request.method != "POST":
        return redirect(plan)
    if request.POST.get("done"):
        follow_up = get_object_or_404(plan.follow_ups, pk=RowForm(request.POST).values()["done"])
        services.follow_up_complete(follow_up=follow_up, actor=request.user)
        messages.success(request, _("Marked as done."))
        return redirect(plan)
    form = forms.FollowUpForm(request.POST)
    if form.is_valid():
        try:
            services.follow_up_record(plan=plan, actor=request.user, **form.cleaned_data)
        except ValidationError as error:
            add_validation_error(form, error)
        else:
            messages.success(request, _("The follow-up is recorded."))
            return redirect(plan)
    for errors in form.errors.values():
        for error in errors:
            messages.error(request, error)
    return redirect(plan)


class EffectivePracticeListView(ObjectListView):
    model = EffectivePractice
    queryset = EffectivePractice.objects.select_related("state", "organization")
    filterset_class = filters.EffectivePracticeFilterSet
    table_class = tables.EffectivePracticeTable
    add_url_name = "reporting:practice_add"
    intro = _("Effective practices that States and organizations have shared, published only with their consent.")


class EffectivePracticeDetailView(ObjectDetailView):
    model = EffectivePractice
    queryset = EffectivePractice.objects.select_related("state", "organization")
    edit_url_name = "reporting:practice_edit"
    list_url_name = "reporting:practice_list"
    detail_fields = [
        (_("From"), "contributor"),
        "shared_date",
        "language",
        "areas",
        "weapons",
        "about_assistance",
        "summary",
        "link",
        "file",
        "consent_to_publish",
        "consent_date",
        "published",
    ]


class EffectivePracticeSaveMixin:
    model = EffectivePractice
    form_class = forms.EffectivePracticeForm
    service = services.effective_practice_save
    service_argument = "practice"


class EffectivePracticeCreateView(EffectivePracticeSaveMixin, ObjectCreateView):
    cancel_url_name = "reporting:practice_list"


class EffectivePracticeEditView(EffectivePracticeSaveMixin, ObjectEditView):
    pass


class ControlListListView(ObjectListView):
    model = ControlList
    queryset = ControlList.objects.select_related("state")
    filterset_class = filters.ControlListFilterSet
    table_class = tables.ControlListTable
    add_url_name = "reporting:controllist_add"
    intro = _("National control lists of goods and technologies (programme of work, para 8 (e)).")


class ControlListDetailView(ObjectDetailView):
    model = ControlList
    queryset = ControlList.objects.select_related("state")
    edit_url_name = "reporting:controllist_edit"
    list_url_name = "reporting:controllist_list"
    detail_fields = [
        "state",
        "kind",
        "coverage",
        "legal_basis",
        "adopted_date",
        "updated_date",
        "link",
        "file",
        "notes",
        "published",
    ]


class ControlListSaveMixin:
    model = ControlList
    form_class = forms.ControlListForm
    service = services.control_list_save
    service_argument = "control_list"


class ControlListCreateView(ControlListSaveMixin, ObjectCreateView):
    cancel_url_name = "reporting:controllist_list"


class ControlListEditView(ControlListSaveMixin, ObjectEditView):
    queryset = ControlList.objects.select_related("state")
