"""The search page: everything the reader may see, in the six languages."""

from django.shortcuts import render

from r1540.core.filters import reads_query
from r1540.search import selectors
from r1540.search.forms import SearchForm


@reads_query(SearchForm)
def search(request):
    form = SearchForm(request.GET)
    results = None
    if form.is_valid() and form.cleaned_data["q"].strip():
        results = selectors.search(
            form.cleaned_data["q"], request.user, page=request.GET.get("page", 1), **form.options()
        )
    kept = request.GET.copy()
    kept.pop("page", None)
    page_query = kept.urlencode()
    kept.pop("kind", None)
    return render(
        request,
        "search/results.html",
        {
            "form": form,
            "results": results,
            "kind": form.cleaned_data.get("kind") if form.is_valid() else "",
            "base_query": kept.urlencode(),
            "page_query": page_query,
        },
    )
