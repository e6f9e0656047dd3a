"""Matrix pages: templates, a State's versions laid out as the matrix, the diff of two."""

import datetime

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext_lazy as _

from r1540.core import spreadsheets
from r1540.core.filters import reads_query
from r1540.core.permissions import policy_for
from r1540.core.services import ConcurrentEditError
from r1540.core.views.generic import ObjectDetailView, ObjectListView, add_validation_error, committee_only
from r1540.directory.choices import RegionalGroup
from r1540.matrices import choices, diffing, downloads, exports, filters, forms, selectors, services, tables, workbook
from r1540.matrices.models import MatrixEntry, MatrixTemplate, MatrixVersion


class MatrixVersionListView(ObjectListView):
    model = MatrixVersion
    queryset = MatrixVersion.objects.select_related("state", "template")
    filterset_class = filters.MatrixVersionFilterSet
    table_class = tables.MatrixVersionTable
    intro = _(
        "Each State's 1540 matrix, version by version. The matrix is a reference tool for assistance and "
        "dialogue; it is not a measure of compliance."
    )


def template_list(request):
    templates = MatrixTemplate.objects.prefetch_related("sections")
    return render(request, "matrices/template_list.html", {"templates": templates})


def template_detail(request, code):
    template = get_object_or_404(MatrixTemplate, code=code)
    sections = template.sections.prefetch_related("rows")
    return render(request, "matrices/template_detail.html", {"template": template, "sections": sections})


def _version(request, code: str, number: int) -> MatrixVersion:
    versions = policy_for(MatrixVersion).visible(
        request.user, MatrixVersion.objects.select_related("state", "template")
    )
    return get_object_or_404(versions, state__iso3=code.upper(), number=number)


class MatrixVersionDetailView(ObjectDetailView):
    model = MatrixVersion
    template_name = "matrices/version_detail.html"
    queryset = MatrixVersion.objects.select_related("state", "template", "based_on")

    def get_object(self, queryset=None):
        return _version(self.request, self.kwargs["code"], self.kwargs["number"])

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        version = self.object
        user = self.request.user
        context["sheet"] = selectors.version_sheet(version, user)
        context["events"] = version.events.select_related("actor")
        context["others"] = (
            policy_for(MatrixVersion)
            .visible(user, MatrixVersion.objects.filter(state=version.state))
            .exclude(pk=version.pk)
            .order_by("-number")
        )
        context["values"] = choices.Value
        policy = policy_for(MatrixVersion)
        context["can_respond"] = policy.can_respond(user, version)
        context["can_act"] = policy.can_act(user, version)
        context["header_reports"] = selectors.header_reports(version, user)
        context["findings"] = selectors.adherence_findings(version, user)
        if policy.sees_internal(user, version):
            context["responses"] = version.responses.select_related("row", "author")
        return context


@reads_query(forms.DiffQueryForm)
def version_diff(request, code, number):
    new = _version(request, code, number)
    against = forms.DiffQueryForm(request.GET).values()["against"]
    if against is None:
        previous = new.based_on
        if previous is None:
            raise Http404
        old = _version(request, code, previous.number)
    else:
        old = _version(request, code, against)
    changes = selectors.version_diff(old, new, request.user)
    rows = selectors.rows_by_code(old, new)
    return render(
        request,
        "matrices/version_diff.html",
        {
            "old": old,
            "new": new,
            "changes": [{"change": change, "row": rows.get(change.row)} for change in changes],
            "summary": diffing.summary(changes),
        },
    )


def _require_sign_in(request):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    return None


def version_workbook(request, code, number):
    """The version as an Excel workbook, with the fields the user may see."""
    if (response := _require_sign_in(request)) is not None:
        return response
    version = _version(request, code, number)
    data = workbook.build(
        version_id=version.pk,
        title=str(version),
        headers=selectors.workbook_headers(),
        lines=selectors.workbook_lines(version, request.user),
    )
    response = HttpResponse(data, content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    response["Content-Disposition"] = 'attachment; filename="matrix-{}-v{}.xlsx"'.format(code.lower(), number)
    return response


def _answerable_version(request, code: str, number: int) -> MatrixVersion:
    """The version, if this user may answer for its State now."""
    version = _version(request, code, number)
    if not policy_for(MatrixVersion).can_respond(request.user, version):
        raise PermissionDenied
    return version


def _session_key(version) -> str:
    return "matrix-upload-{}".format(version.pk)


def version_upload(request, code, number):
    """Upload the answered workbook: every bad cell is listed; a good one is shown as changes
    to confirm, and nothing is written before the confirmation."""
    if (response := _require_sign_in(request)) is not None:
        return response
    version = _answerable_version(request, code, number)
    form = forms.UploadForm(request.POST or None, request.FILES or None)
    upload = workbook.Upload()
    if request.method == "POST" and form.is_valid():
        fields = selectors.version_fields(version, request.user)
        upload = workbook.read(form.cleaned_data["workbook"].read(), version_id=version.pk, fields=fields)
        if not upload.error_count:
            request.session[_session_key(version)] = [_proposal_json(item) for item in upload.proposals]
            return redirect("matrices:version_upload_confirm", code=code, number=number)
    return render(
        request,
        "matrices/version_upload.html",
        {
            "version": version,
            "form": form,
            "errors": upload.errors,
            "error_count": upload.error_count,
            "unlisted_errors": upload.unlisted_errors,
        },
    )


def version_upload_confirm(request, code, number):
    if (response := _require_sign_in(request)) is not None:
        return response
    version = _answerable_version(request, code, number)
    stored = request.session.get(_session_key(version))
    if stored is None:
        return redirect("matrices:version_upload", code=code, number=number)
    proposals = [_proposal_from_json(item) for item in stored]
    form = forms.ReasonForm(request.POST or None, initial={"reason": _("Answers from the State's workbook")})
    if request.method == "POST" and form.is_valid():
        try:
            services.matrix_responses_save(
                version=version, proposals=proposals, actor=request.user, reason=form.cleaned_data["reason"]
            )
        except ValidationError as error:
            add_validation_error(form, error)
        else:
            del request.session[_session_key(version)]
            messages.success(request, _("{count} answers are recorded.").format(count=len(proposals)))
            return redirect(version.get_absolute_url())
    fields = selectors.version_fields(version, request.user)
    changes = diffing.diff(fields, workbook.applied(fields, proposals), selectors.template_order(version))
    rows = selectors.rows_by_code(version)
    return render(
        request,
        "matrices/version_upload_confirm.html",
        {
            "version": version,
            "form": form,
            "proposals": proposals,
            "changes": [{"change": change, "row": rows.get(change.row)} for change in changes],
            "summary": diffing.summary(changes),
        },
    )


def _proposal_json(proposal: workbook.Proposal) -> dict:
    return {
        "key": list(proposal.key),
        "kind": proposal.kind,
        "comment": proposal.comment,
        "publishable": proposal.publishable,
        "proposed": services.cell_json(proposal.proposed) if proposal.proposed else None,
    }


def _proposal_from_json(data: dict) -> workbook.Proposal:
    proposed = data["proposed"]
    if proposed is not None:
        proposed = diffing.Cell.from_mapping(
            {
                **proposed,
                "in_force_date": datetime.date.fromisoformat(proposed["in_force_date"])
                if proposed["in_force_date"]
                else None,
            }
        )
    return workbook.Proposal(
        key=tuple(data["key"]),
        kind=data["kind"],
        comment=data["comment"],
        proposed=proposed,
        publishable=data["publishable"],
    )


def field_respond(request, code, number):
    """Answer for one field online."""
    if (response := _require_sign_in(request)) is not None:
        return response
    version = _answerable_version(request, code, number)
    key = (request.GET.get("row", ""), request.GET.get("weapon", ""), request.GET.get("column", ""))
    fields = selectors.version_fields(version, request.user)
    if key not in fields:
        raise Http404
    cell = fields[key]
    existing = version.responses.filter(row__code=key[0], weapon=key[1], column=key[2]).first()
    initial = {name: getattr(cell, name) for name in diffing.Cell.attributes()}
    initial["lock_version"] = existing.lock_version if existing is not None else 0
    if existing is not None:
        initial.update({"kind": existing.kind, "comment": existing.comment, "publishable": existing.publishable})
    form = forms.FieldResponseForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        proposed = form.cell()
        changed = any(getattr(proposed, name) != getattr(cell, name) for name in workbook.CELL_ATTRIBUTES)
        proposal = workbook.Proposal(
            key=key,
            kind=data["kind"],
            comment=data["comment"],
            proposed=proposed if changed else None,
            publishable=data["publishable"],
            expected_version=data["lock_version"],
        )
        try:
            services.matrix_responses_save(
                version=version, proposals=[proposal], actor=request.user, reason=_("Answer given online")
            )
        except ConcurrentEditError as error:
            form.add_error(None, str(error))
        except ValidationError as error:
            add_validation_error(form, error)
        else:
            messages.success(request, _("Your answer is recorded."))
            return redirect(version.get_absolute_url())
    row = selectors.rows_by_code(version)[key[0]]
    return render(
        request,
        "matrices/field_respond.html",
        {"version": version, "row": row, "key": key, "cell": cell, "form": form},
    )


#: Each step of the review cycle: its form, its service, and the stage it leads to (a revision
#: opens a new draft).
ACTIONS = {
    "send": (forms.SendForm, services.matrix_version_send, choices.Stage.SENT),
    "return": (forms.ReasonForm, services.matrix_version_return, choices.Stage.RETURNED),
    "approve": (forms.ApproveForm, services.matrix_version_approve, choices.Stage.APPROVED),
    "publish": (forms.ReasonForm, services.matrix_version_publish, choices.Stage.PUBLISHED),
    "revise": (forms.ReasonForm, services.matrix_version_revise, choices.Stage.DRAFT),
}


def version_action(request, code, number, action):
    """A step of the review cycle: experts send, approve and publish; the State returns."""
    if (response := _require_sign_in(request)) is not None:
        return response
    version = _version(request, code, number)
    if action not in ACTIONS:
        raise Http404
    form_class, service, to = ACTIONS[action]
    if not policy_for(MatrixVersion).can_move(request.user, version, to):
        raise PermissionDenied
    form = form_class(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            result = service(version=version, actor=request.user, **form.cleaned_data)
        except ValidationError as error:
            add_validation_error(form, error)
        else:
            messages.success(request, _("Done. The step is recorded in the review cycle."))
            return redirect(result.get_absolute_url())
    return render(request, "matrices/version_action.html", {"version": version, "form": form, "action": action})


def field_edit(request, code, number):
    """Set one field of a draft (experts and the secretariat), with the reason kept."""
    if (response := _require_sign_in(request)) is not None:
        return response
    version = _version(request, code, number)
    if not policy_for(MatrixVersion).can_change(request.user, version):
        raise PermissionDenied
    key = (request.GET.get("row", ""), request.GET.get("weapon", ""), request.GET.get("column", ""))
    fields = selectors.version_fields(version, request.user)
    if key not in fields:
        raise Http404
    cell = fields[key]
    row = selectors.rows_by_code(version)[key[0]]
    initial = {name: getattr(cell, name) for name in diffing.Cell.attributes()}
    initial["lock_version"] = selectors.entry_version(version, row, *key[1:])
    form = forms.FieldEditForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.matrix_entry_set(
                version=version,
                row=row,
                weapon=key[1],
                column=key[2],
                cell=form.cell(),
                actor=request.user,
                reason=form.cleaned_data["reason"],
                expected_version=form.cleaned_data["lock_version"],
            )
        except ConcurrentEditError as error:
            form.add_error(None, str(error))
        except ValidationError as error:
            add_validation_error(form, error)
        else:
            messages.success(request, _("Saved. The change is recorded in the history."))
            return redirect(version.get_absolute_url())
    return render(
        request,
        "matrices/field_respond.html",
        {"version": version, "row": row, "key": key, "cell": cell, "form": form, "editing": True},
    )


def trends(request):
    """Implementation trends from the published matrices, as charts, tables and CSV."""
    figures = selectors.trends(publishable_only=not policy_for(MatrixEntry).sees_internal(request.user))
    if request.GET.get("format") == "csv":
        return _trends_csv(figures)
    return render(request, "matrices/trends.html", {"figures": figures, "bucket": selectors.BUCKET})


def _trends_csv(figures: dict) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="matrix-trends.csv"'
    writer = spreadsheets.csv_writer(response)
    writer.writerow(["breakdown", "key", "fields_with_measures"])
    for item in figures["by_section"]:
        writer.writerow(["section", item["row__section__code"], item["fields"]])
    for item in figures["by_weapon"]:
        writer.writerow(["weapon", item["weapon"], item["fields"]])
    for item in figures["by_group"]:
        writer.writerow(["regional_group", item["version__state__regional_group"], item["fields"]])
    for item in figures["by_row"]:
        writer.writerow(["row", item["row__code"], item["fields"]])
    for item in figures["by_state"]:
        writer.writerow(["state", item["state__iso3"], item["measures"]])
    writer.writerow([])
    writer.writerow(["distribution_from", "distribution_to", "states"])
    for item in figures["distribution"]:
        writer.writerow([item["bucket"], item["bucket"] + selectors.BUCKET - 1, item["states"]])
    return response


def review(request):
    """Progress of the systematic review of the matrices."""
    progress = selectors.review_progress(request.user)
    stages = [stage for stage in choices.Stage if stage != choices.Stage.SUPERSEDED]
    rows = [
        {"group": group, "counts": [progress["table"].get(group.value, {}).get(stage.value, 0) for stage in stages]}
        for group in RegionalGroup
        if group.value in progress["table"]
    ]
    return render(
        request,
        "matrices/review.html",
        {
            "stages": stages,
            "rows": rows,
            "pending": progress["pending"],
            "today": progress["today"],
            "sees_pending": policy_for(MatrixVersion).sees_pending(request.user),
        },
    )


DOCUMENT_TYPES = exports.DOCUMENT_TYPES


def version_document(request, code, number, kind):
    """The version as a PDF or Word document in the reader's language."""
    if kind not in DOCUMENT_TYPES:
        raise Http404
    version = _version(request, code, number)
    filename = "matrix-{}-v{}-{}.{}".format(code.lower(), number, request.LANGUAGE_CODE, kind)
    download = downloads.for_version(version=version, kind=kind, user=request.user, language=request.LANGUAGE_CODE)
    if download is None:  # a draft: built now
        content_type, build = DOCUMENT_TYPES[kind]
        response = HttpResponse(build(version, request.user, request.LANGUAGE_CODE), content_type=content_type)
        response["Content-Disposition"] = 'attachment; filename="{}"'.format(filename)
        return response
    return _kept_download(request, download, filename)


def published_export(request, kind):
    """Every current published matrix in one table (CSV or Excel), one line per recorded field."""
    if kind not in exports.TABLE_TYPES:
        raise Http404
    download = downloads.published(kind=kind, user=request.user, language=request.LANGUAGE_CODE)
    return _kept_download(request, download, "published-matrices-{}.{}".format(request.LANGUAGE_CODE, kind))


def _kept_download(request, download, filename: str):
    """The file built by a worker, or a page that says it is being prepared and asks again."""
    response = downloads.serve(download, filename)
    if response is None:
        response = render(
            request,
            "matrices/download_pending.html",
            {"retry_after": downloads.RETRY_AFTER_SECONDS, "filename": filename},
            status=202,
        )
        response["Retry-After"] = str(downloads.RETRY_AFTER_SECONDS)
    return response


@committee_only
def adherence_check(request):
    """Where each State's latest matrix and its treaty adherence disagree (OP 1): questions for
    the experts to check before the next version."""
    return render(request, "matrices/adherence_check.html", {"states": selectors.adherence_findings_by_state()})
