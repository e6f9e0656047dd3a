"""The website-use page: browsing trends and language use, for the Committee (programme of
work para 11; Annex II, March)."""

from __future__ import annotations

from django.http import HttpResponse
from django.shortcuts import render
from django.utils.http import urlencode

from r1540.analytics import selectors
from r1540.analytics.forms import PeriodForm
from r1540.analytics.models import PageViewDay
from r1540.core import spreadsheets
from r1540.core.filters import reads_query
from r1540.core.views.generic import committee_only

CSV_HEADER = ["date", "section", "page", "path", "language", "views"]


@committee_only
@reads_query(PeriodForm)
def website_use(request):
    """Views per day, language, section and page over a period; ``?format=csv`` gives its rows."""
    form = PeriodForm(request.GET or None)
    start, end = form.period()
    if request.GET.get("format") == "csv":
        return _csv(start, end)
    return render(
        request,
        "analytics/website_use.html",
        {"form": form, "figures": selectors.website_use(start, end), "query": _query(form)},
    )


def _query(form: PeriodForm) -> str:
    """The period's part of the address, kept by the CSV link."""
    if not form.is_bound or not form.is_valid():
        return ""
    return urlencode({name: value for name, value in form.data.items() if name in form.fields and value})


def _csv(start, end) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="website-use-{}-{}.csv"'.format(start, end)
    writer = spreadsheets.csv_writer(response)
    writer.writerow(CSV_HEADER)
    writer.writerows(PageViewDay.objects.between(start, end).daily_rows().iterator())
    return response
