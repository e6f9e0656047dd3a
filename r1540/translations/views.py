"""The Committee's view of translation coverage: every translated content type × the six
languages, and each item of one content type."""

from __future__ import annotations

from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render

from r1540.core.filters import reads_query
from r1540.core.views.generic import committee_only
from r1540.translations import registry, selectors
from r1540.translations.choices import Status
from r1540.translations.forms import CoverageQueryForm

PAGE_SIZE = 50

#: How each status looks: a text label always, and a colour and icon beside it.
STYLES = {
    Status.SOURCE: ("text-bg-primary", "bi-file-earmark-text"),
    Status.PRESENT: ("text-bg-success", "bi-check-circle"),
    Status.MACHINE: ("text-bg-info", "bi-robot"),
    Status.UNTRACKED: ("text-bg-secondary", "bi-question-circle"),
    Status.OUTDATED: ("text-bg-warning", "bi-clock-history"),
    Status.MISSING: ("text-bg-danger", "bi-x-circle"),
}


def _languages():
    return [{"code": code, "name": name} for code, name in settings.LANGUAGES]


def _legend():
    return [
        {"value": status, "label": status.label, "css": STYLES[status][0], "icon": STYLES[status][1]}
        for status in Status
    ]


def _cells(row, field_names):
    """The six cells of an item, each with its label, colour and the fields that decide it."""
    cells = []
    for code in registry.languages():
        cell = row.cells[code]
        status = Status(cell.status)
        css, icon = STYLES[status]
        cells.append(
            {
                "code": code,
                "status": status,
                "label": status.label,
                "css": css,
                "icon": icon,
                "fields": [field_names.get(name, name) for name in cell.fields],
            }
        )
    return cells


@committee_only
def coverage(request):
    """Counts per content type and language: up to date, machine-made, out of date, missing."""
    rows = selectors.summary()
    return render(
        request,
        "translations/coverage.html",
        {
            "languages": _languages(),
            "rows": rows,
            "totals": list(zip(_languages(), selectors.totals(rows), strict=True)),
            "legend": _legend(),
        },
    )


@committee_only
@reads_query(CoverageQueryForm)
def coverage_detail(request, app_label, model_name):
    """Each item of one content type in the six languages, filtered by language and status."""
    model = registry.model_for(app_label, model_name)
    if model is None:
        raise Http404
    query = CoverageQueryForm(request.GET).values()
    every = selectors.items(model)
    page = Paginator(selectors.filtered(every, language=query["language"], status=query["status"]), PAGE_SIZE).get_page(
        query["page"]
    )
    selectors.with_links(model, page.object_list)
    field_names = {f.name: f.verbose_name for f in model._meta.concrete_fields}
    for row in page.object_list:
        row.ordered = _cells(row, field_names)
    return render(
        request,
        "translations/coverage_detail.html",
        {
            "model": model,
            "verbose_name": model._meta.verbose_name_plural,
            "summary": selectors.count(model, every),
            "languages": _languages(),
            "language": query["language"],
            "status": query["status"],
            "statuses": Status.choices,
            "legend": _legend(),
            "page_obj": page,
        },
    )
