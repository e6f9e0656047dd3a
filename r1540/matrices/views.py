"""Matrix pages: templates, a State's versions laid out as the matrix, the diff of two."""

from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext_lazy as _

from r1540.core.permissions import policy_for
from r1540.core.views.generic import ObjectDetailView, ObjectListView
from r1540.matrices import choices, filters, selectors, tables
from r1540.matrices.models import MatrixTemplate, MatrixVersion


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
        return context


def version_diff(request, code, number):
    new = _version(request, code, number)
    against = request.GET.get("against", "")
    if not against.isdigit():
        previous = new.based_on
        if previous is None:
            raise Http404
        old = _version(request, code, previous.number)
    else:
        old = _version(request, code, int(against))
    changes = selectors.version_diff(old, new, request.user)
    rows = selectors.rows_by_code(old, new)
    return render(
        request,
        "matrices/version_diff.html",
        {
            "old": old,
            "new": new,
            "changes": [{"change": change, "row": rows.get(change.row)} for change in changes],
            "summary": selectors.diffing.summary(changes),
        },
    )
