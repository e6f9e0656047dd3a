"""Every page and endpoint that reads query parameters, fed hostile values: never a server error.

The parameters of a URL are the ones its view declares: the FilterSet of a list (page or API),
the ``query_form`` of a function view (``r1540.core.filters.reads_query``), the pagination of a
table or of the API, and, for the API, the query parameters of its OpenAPI document.
"""

from __future__ import annotations

import re
from importlib import import_module
from importlib.util import find_spec
from pathlib import Path

import django_filters
from django.apps import apps
from django.urls import resolve, reverse
from drf_spectacular.generators import SchemaGenerator

from r1540.core.pagination import Pagination
from r1540.core.roles import PUBLIC, Role
from r1540.core.views.generic import ObjectListView

HOSTILE = [
    "0",
    "-1",
    "1e20",
    str(2**64),
    "abc",
    "",
    "x" * 60_000,
    "\N{FIRECRACKER}",
    "\x00",
    "%00",
    "'; drop table r1540_user; --",
    "<script>alert(1)</script>",
]

#: Parameters every table page reads (django-tables2 and the open-data export).
TABLE_PARAMETERS = {"page", "per_page", "sort", "_export"}


def get_cases():
    cases = []
    for config in apps.get_app_configs():
        module = "{}.tests.permission_cases".format(config.name)
        if config.name.startswith("r1540.") and find_spec(module):
            cases.extend(case for case in import_module(module).CASES if case.method == "get")
    return cases


def api_parameters() -> list[tuple[re.Pattern, set[str]]]:
    """(path pattern, query parameters) of every operation of the OpenAPI document."""
    schema = SchemaGenerator().get_schema(request=None, public=True)
    found = []
    for path, operations in schema["paths"].items():
        names = {
            parameter["name"]
            for operation in operations.values()
            for parameter in operation.get("parameters", [])
            if parameter["in"] == "query"
        }
        found.append((re.compile("^{}$".format(re.sub(r"\{[^}]+\}", "[^/]+", path))), names))
    return found


def declared_parameters(url: str, api: list[tuple[re.Pattern, set[str]]]) -> set[tuple[object, str]]:
    """(where it is declared, name) of each parameter the view of ``url`` reads. What several
    views share (a FilterSet, a form, the tables' pagination, the API's) is one source, walked
    once."""
    func = resolve(url).func
    view_class = getattr(func, "view_class", None) or getattr(func, "cls", None)
    initkwargs = getattr(func, "initkwargs", None) or {}
    sources = []
    filterset = initkwargs.get("filterset_class", getattr(view_class, "filterset_class", None))
    declared = getattr(func, "query_form", None) or getattr(view_class, "query_form", None)
    for source in (filterset, declared):
        if isinstance(source, type) and issubclass(source, django_filters.FilterSet):
            sources.append((source, set(source.base_filters)))
        elif source is not None:
            sources.append((source, set(source.base_fields)))
    if view_class is not None and issubclass(view_class, ObjectListView):
        sources.append((ObjectListView, TABLE_PARAMETERS))
    paginated = initkwargs.get("pagination_class", getattr(view_class, "pagination_class", None)) is Pagination
    already = {name for _source, names in sources for name in names}
    for pattern, parameters in api:
        if pattern.match(url):
            for name in parameters - already:
                shared = paginated and name in ("limit", "offset")
                sources.append((Pagination if shared else pattern, {name}))
    return {(source, name) for source, names in sources for name in names}


def test_no_query_parameter_value_makes_a_server_error(client, world, cast, settings):
    """Anonymous first, then as an expert; what the anonymous walked (the same parsing of the same
    parameters) the expert does not walk again, so the expert walks the Committee's pages."""
    settings.R1540_ANALYTICS = False
    api = api_parameters()
    failures = []
    walked = 0
    walked_parameters: set[tuple[object, str]] = set()
    for role in (PUBLIC, Role.EXPERT):
        if cast[role] is not None:
            client.force_login(cast[role])
        for case in get_cases():
            url = reverse(case.url_name, kwargs=case.kwargs(world))
            parameters = declared_parameters(url, api) - walked_parameters
            if not parameters:
                continue
            names = {name for _source, name in parameters}
            base = {key: value for key, value in case.data(world).items() if key not in names}
            if client.get(url, base).status_code != 200:
                continue  # not this role's page: its parameters are not read
            walked_parameters |= parameters
            for name in sorted(names):
                for value in HOSTILE:
                    walked += 1
                    try:
                        response = client.get(url, {**base, name: value})
                    except Exception as error:  # noqa: BLE001 - reported, with the parameter, below
                        failures.append("{} {}?{}={!r:.40}: {!r:.200}".format(role, url, name, value, error))
                        continue
                    if response.status_code >= 500:
                        failures.append("{} {}?{}={!r:.40}: {}".format(role, url, name, value, response.status_code))
    assert walked > 1500
    assert failures == [], "\n".join(failures)


#: The values the fuzzing of the running site found to be server errors (issue 16).
REPORTED = [
    ("search:search", {}, {"q": "a"}),
    ("search:search", {}, {"q": "\N{FIRECRACKER}"}),
    ("search:search", {}, {"q": "?!…"}),
    ("search-list", {}, {"q": "a"}),
    ("search-list", {}, {"q": "x" * 60_000}),
    ("reporting:report_list", {}, {"year": "0"}),
    ("reporting:report_list", {}, {"year": "1e20"}),
    ("outreach:event_list", {}, {"year": "0"}),
    ("event-list", {}, {"year": "1e20"}),
    ("programme:working_groups", {}, {"year": "0"}),
    ("programme:working_groups", {}, {"year": "1e20"}),
    ("programme:calendar", {}, {"year": "9999", "month": "12"}),
    ("programme:calendar", {}, {"year": "2100", "month": "12"}),
    ("programme:compliance", {}, {"year": "abc"}),
    ("assistanceoffer-matches", {"pk": "own_organization_offer"}, {"limit": str(2**64)}),
    ("assistanceoffer-matches", {"pk": "own_organization_offer"}, {"limit": "²"}),
    ("assistanceoffer-list", {}, {"limit": str(2**64)}),
    ("directory:state_list", {}, {"per_page": "0"}),
    ("directory:state_list", {}, {"q": "x" * 60_000}),
]


def test_the_reported_values_are_no_server_error(client, world, cast):
    client.force_login(cast[Role.EXPERT])
    for url_name, kwargs, query in REPORTED:
        url = reverse(url_name, kwargs={key: world[value].pk for key, value in kwargs.items()})
        assert client.get(url, query).status_code < 500, (url_name, query)


def test_an_out_of_bounds_filter_is_a_form_error_in_the_api(client, world):
    response = client.get(reverse("nationalreport-list"), {"year": "0"})
    assert response.status_code == 400
    assert "year" in response.json()
    response = client.get(reverse("nationalreport-list"), {"q": "x" * 201})
    assert response.status_code == 400
    assert "q" in response.json()


def test_an_api_page_holds_at_most_the_largest_page(client, world):
    response = client.get(reverse("state-list"), {"limit": str(2**64)})
    assert response.status_code == 200


def test_every_filterset_bounds_its_parameters():
    """A FilterSet outside the bounded base would read unbounded parameters again."""
    from r1540.core.filters import FilterSet

    def subclasses(cls):
        for sub in cls.__subclasses__():
            yield sub
            yield from subclasses(sub)

    import_module("r1540.urls")
    project = [cls for cls in subclasses(django_filters.FilterSet) if cls.__module__.startswith("r1540.")]
    assert project
    assert [cls for cls in project if not issubclass(cls, FilterSet)] == []
    for cls in project:
        for name, declared in cls.base_filters.items():
            assert type(declared) is not django_filters.NumberFilter, "{}.{}: use YearFilter".format(cls, name)


#: Direct reads of the query string that need no form: the value is only compared with fixed
#: strings, or handed to Paginator.get_page (which takes anything), or copied into a link.
DIRECT_READS_ALLOWED = {
    ("r1540/analytics/views.py", 'request.GET.get("format") == "csv"'),
    ("r1540/matrices/views.py", 'request.GET.get("format") == "csv"'),
    ("r1540/matrices/views.py", 'key = (request.GET.get("row", ""), request.GET.get("weapon", ""), request.GET.get('),
    ("r1540/matrices/api.py", 'kind = request.query_params.get("kind", "")'),
    ("r1540/matrices/api.py", 'language = request.query_params.get("language") or request.LANGUAGE_CODE'),
    ("r1540/programme/views.py", 'kind = request.GET.get("format")'),
    ("r1540/search/views.py", 'request.GET.get("page", 1)'),
    ("r1540/search/views.py", "kept = request.GET.copy()"),
    ("r1540/search/api.py", 'request.query_params.get("page", 1)'),
    # The address to go on to after signing in: checked by _safe_next against the site's own host.
    ("r1540/core/views/accounts.py", '"next": _safe_next(request, request.GET.get("next")'),
    ("r1540/core/views/accounts.py", 'next_url = _safe_next(request, request.GET.get("next"), reverse("admin:index"))'),
    (
        "r1540/core/views/generic.py",
        "self.request.GET.get(self.export_trigger_param) not in (None, *self",
    ),
}


def test_no_view_parses_the_query_string_by_hand():
    """Parameters are parsed by a bounded form (core.filters); a new ``int(request.GET[…])``
    would bring back the server errors this module guards against."""
    root = Path(__file__).resolve().parents[2]
    found = set()
    for path in root.rglob("*.py"):
        if "/tests/" in str(path) or "/migrations/" in str(path):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if re.search(r"(request\.GET|query_params)(\.get\(|\[|\.copy\(|\.getlist\()", line):
                for allowed_path, snippet in DIRECT_READS_ALLOWED:
                    if str(path).endswith(allowed_path) and snippet in line:
                        break
                else:
                    found.add("{}: {}".format(path.relative_to(root.parent), line.strip()))
    assert found == set()
