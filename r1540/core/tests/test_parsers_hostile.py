"""Property tests of every import parser: whatever the input, a result or the module's own error
with a message, never another exception; and a loader given a bad file writes nothing."""

from __future__ import annotations

import io
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from r1540.core.datafiles import DataFileInvalid, Sheet, read_csv
from r1540.directory import reference as directory_reference
from r1540.matrices import layouts, workbook
from r1540.matrices.diffing import Cell
from r1540.outreach import reference as outreach_reference
from r1540.programme import letters
from r1540.programme import reference as programme_reference
from r1540.reporting import reference as reporting_reference

PROPERTY = settings(max_examples=40, deadline=None, derandomize=True, database=None)
SLOW = settings(
    max_examples=12,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

#: Text a hostile file may hold: anything, and the values that broke parsers before.
HOSTILE_TEXT = st.one_of(
    st.text(max_size=60),
    st.sampled_from(["²", "١٢", "0", "-1", "1e20", str(2**64), "\x00", "../../etc/passwd", "{% include 'x' %}"]),
)


def _copy(source: Path) -> Path:
    target = Path(tempfile.mkdtemp(prefix="r1540-parser-"))
    shutil.copytree(source, target, dirs_exist_ok=True)
    return target


def _csv_files(root: Path) -> list[Path]:
    return sorted(root.rglob("*.csv"))


def _mutated(original: bytes, data) -> bytes:
    """The file with one cell replaced, a line dropped, or nothing of it left but bytes."""
    how = data.draw(st.sampled_from(["cell", "bytes", "truncate"]))
    if how == "bytes":
        return data.draw(st.binary(max_size=200))
    lines = original.decode("utf-8").splitlines(keepends=True)
    if how == "truncate" or len(lines) < 2:
        return "".join(lines[: data.draw(st.integers(0, len(lines)))]).encode("utf-8")
    index = data.draw(st.integers(1, len(lines) - 1))
    cells = lines[index].rstrip("\r\n").split(",")
    cells[data.draw(st.integers(0, len(cells) - 1))] = data.draw(HOSTILE_TEXT).replace("\n", " ").replace(",", ";")
    lines[index] = ",".join(cells) + "\n"
    return "".join(lines).encode("utf-8", "surrogatepass")


READERS = {
    "directory": (directory_reference.DATA_DIR, directory_reference.read_reference_data),
    "reporting": (reporting_reference.DATA_DIR, lambda path: reporting_reference.read_treaty_data({"IDN"}, path)),
    "matrices": (layouts.DATA_DIR, layouts.read_layouts),
    "programme": (programme_reference.DATA_DIR, programme_reference.read_programme),
    "letters": (programme_reference.LETTERS_DIR, programme_reference.read_letters),
    "outreach": (outreach_reference.DATA_DIR, lambda path: outreach_reference.read({"IDN"}, {"iaea"}, path)),
}


@pytest.mark.parametrize("name", sorted(READERS))
def test_a_data_file_reader_answers_with_data_or_its_own_error(name):
    source, read = READERS[name]
    root = _copy(source)
    files = _csv_files(root)

    @SLOW
    @given(data=st.data())
    def check(data):
        path = data.draw(st.sampled_from(files))
        original = path.read_bytes()
        try:
            path.write_bytes(_mutated(original, data))
            try:
                result = read(root)
            except DataFileInvalid as error:
                assert error.errors and all(str(item) for item in error.errors)
            else:
                assert all(str(item.message) for item in result.errors)
        finally:
            path.write_bytes(original)

    try:
        check()
    finally:
        shutil.rmtree(root)


@PROPERTY
@given(rows=st.lists(st.dictionaries(st.sampled_from(["code", "year", "date", "flag"]), HOSTILE_TEXT), max_size=5))
def test_the_sheet_checks_answer_with_a_value_or_an_error(rows):
    errors = []
    sheet = Sheet("x.csv", rows, errors)
    for line, row in sheet:
        sheet.integer(line, row, "year")
        sheet.date(line, row, "date", blank=True)
        sheet.boolean(line, row, "flag")
        sheet.code(line, row, "code")
    assert all(error.message for error in errors)


@PROPERTY
@given(content=st.binary(max_size=300))
def test_read_csv_reads_rows_or_says_what_is_wrong(content, tmp_path_factory):
    path = tmp_path_factory.mktemp("csv") / "file.csv"
    path.write_bytes(content)
    try:
        rows = read_csv(path)
    except DataFileInvalid as error:
        assert error.errors[0].message
    else:
        assert isinstance(rows, list)


def test_read_csv_reports_a_missing_file(tmp_path):
    with pytest.raises(DataFileInvalid):
        read_csv(tmp_path / "absent.csv")


LETTER_TEXTS = [
    "{% include 'x.txt' %}",
    "{% url 'nowhere' %}",
    "{% extends 'base.txt' %}",
    "{% load nothing %}",
    "{{ date|date:'Y' }} {{ recipient.name }}",
    "{% if %}",
    "{% for x in %}",
]


@PROPERTY
@given(text=st.one_of(st.text(max_size=80), st.sampled_from(LETTER_TEXTS)))
def test_a_letter_text_fills_in_or_is_refused_with_its_own_error(text):
    try:
        letters.check_template(text)
        rendered = letters.render(text, text, letters.SAMPLE_CONTEXT)
    except letters.LetterTemplateError as error:
        assert str(error)
    else:
        assert isinstance(rendered, str)


FIELDS = {("1", "", ""): Cell(value="X"), ("2", "nuclear", "a"): Cell(value="", publishable=False)}
CELL_VALUES = st.one_of(
    st.none(),
    st.text(st.characters(exclude_categories=("Cc", "Cs")), max_size=40),  # what a worksheet can hold
    st.integers(min_value=-(2**40), max_value=2**40),
    st.floats(allow_nan=True, allow_infinity=False, width=32),
    st.booleans(),
    st.dates(),
    st.datetimes(),
)


@SLOW
@given(values=st.lists(st.lists(CELL_VALUES, min_size=1, max_size=len(workbook.COLUMNS)), max_size=4))
def test_a_workbook_reads_as_proposals_or_cell_errors(values):
    lines = [workbook.Line(key=key, title="Field {}".format(key[0]), cell=cell) for key, cell in FIELDS.items()]
    content = workbook.build(version_id=7, title="Matrix", headers=list(workbook.COLUMNS), lines=lines)
    book = load_workbook(io.BytesIO(content))
    sheet = book[workbook.SHEET]
    for offset, row in enumerate(values):
        for column, value in enumerate(row, start=1):
            sheet.cell(row=2 + offset, column=column, value=value)
    output = io.BytesIO()
    book.save(output)
    upload = workbook.read(output.getvalue(), version_id=7, fields=FIELDS)
    assert all(str(error.message) for error in upload.errors)
    assert not (upload.errors and upload.proposals)


@PROPERTY
@given(content=st.binary(max_size=400))
def test_any_bytes_read_as_a_workbook_or_are_refused(content):
    upload = workbook.read(content, version_id=7, fields=FIELDS)
    assert upload.errors and not upload.proposals


def _row_counts() -> dict[str, int]:
    from django.apps import apps

    return {model._meta.label: model._default_manager.count() for model in apps.get_models()}


def _loaders():
    from r1540.directory.services import reference_data_load
    from r1540.matrices.services import matrix_templates_load
    from r1540.outreach.services import outreach_load
    from r1540.programme.services import letter_templates_load, programme_load
    from r1540.reporting.services import instruments_load

    return {
        "directory": (directory_reference.DATA_DIR, lambda path: reference_data_load(data_dir=path)),
        "matrices": (layouts.DATA_DIR, lambda path: matrix_templates_load(data_dir=path)),
        "outreach": (outreach_reference.DATA_DIR, lambda path: outreach_load(data_dir=path)),
        "programme": (programme_reference.DATA_DIR, lambda path: programme_load(data_dir=path)),
        "letters": (programme_reference.LETTERS_DIR, lambda path: letter_templates_load(letters_dir=path)),
        "reporting": (reporting_reference.DATA_DIR, lambda path: instruments_load(data_dir=path)),
    }


@pytest.mark.parametrize("name", ["directory", "matrices", "outreach", "programme", "letters", "reporting"])
@pytest.mark.parametrize("damage", [b"\xff\xfe not UTF-8", b"code,year\n\x00,1\n", "²,١٢\n".encode()])
def test_a_loader_given_a_bad_file_writes_nothing(name, damage, db):
    source, load = _loaders()[name]
    root = _copy(source)
    try:
        for path in _csv_files(root)[-1:]:  # the last file read: every earlier one is good
            path.write_bytes(path.read_bytes() + b"\n" + damage if b"\xff" not in damage else damage)
        before = _row_counts()
        with pytest.raises(DataFileInvalid) as raised:
            load(root)
        assert raised.value.errors
        assert _row_counts() == before
    finally:
        shutil.rmtree(root)
