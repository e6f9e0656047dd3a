"""Templates load from files; a bad file is reported row by row and writes nothing."""

import csv

import pytest

from r1540.core.datafiles import DataFileInvalid
from r1540.matrices import layouts, services
from r1540.matrices.models import MatrixRow, MatrixTemplate

TEMPLATE_COLUMNS = [
    "code",
    "year",
    "title_en",
    "title_fr",
    "title_es",
    "title_ru",
    "title_zh_hans",
    "title_ar",
    "resolutions_cited",
    "column_wording_en",
    "confidence",
    "source",
]
ROW_COLUMNS = [
    "section",
    "section_order",
    "section_title_en",
    "section_title_fr",
    "section_title_es",
    "section_title_ru",
    "section_title_zh_hans",
    "section_title_ar",
    "layout",
    "group_en",
    "group_zh_hans",
    "row",
    "row_order",
    "title_en",
    "title_fr",
    "title_es",
    "title_ru",
    "title_zh_hans",
    "title_ar",
    "weapons",
    "columns",
    "confidence",
    "source",
]


def write(path, columns, rows):
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        for row in rows:
            writer.writerow({column: row.get(column, "") for column in columns})


def row(**values):
    base = {
        "section": "op2",
        "section_order": "2",
        "section_title_en": "OP 2",
        "section_title_zh_hans": "执行部分第2段",
        "layout": "grid",
        "row": "op2.01",
        "row_order": "1",
        "title_en": "Manufacture / produce",
        "title_zh_hans": "制造/生产",
        "weapons": "nuclear chemical biological",
        "columns": "legal_framework enforcement",
        "confidence": "recalled",
    }
    return {**base, **values}


@pytest.fixture
def data_dir(tmp_path):
    write(
        tmp_path / "templates.csv",
        TEMPLATE_COLUMNS,
        [{"code": "2017", "year": "2017", "title_en": "Matrix (2017)", "title_zh_hans": "矩阵（2017年）"}],
    )
    return tmp_path


def test_a_good_file_loads_and_loading_again_changes_nothing(db, data_dir):
    write(
        data_dir / "templates" / "2017.csv",
        ROW_COLUMNS,
        [
            row(
                section="op1",
                section_order="1",
                section_title_en="OP 1",
                layout="instruments",
                row="op1.01",
                title_en="NPT",
                weapons="",
                columns="",
                confidence="verified",
            ),
            row(),
        ],
    )
    report = services.matrix_templates_load(data_dir=data_dir)
    assert report.created == {"templates": 1, "sections": 2, "rows": 2}
    template = MatrixTemplate.objects.get(code="2017")
    assert template.title_zh_hans == "矩阵（2017年）"
    grid = MatrixRow.objects.get(code="op2.01")
    assert grid.provisional and grid.cells()[:2] == [("nuclear", "legal_framework"), ("nuclear", "enforcement")]
    assert not MatrixRow.objects.get(code="op1.01").provisional

    again = services.matrix_templates_load(data_dir=data_dir)
    assert again.created == {} and again.updated == {}


def test_every_bad_row_is_reported_with_its_place_and_nothing_is_written(db, data_dir):
    write(
        data_dir / "templates" / "2017.csv",
        ROW_COLUMNS,
        [
            row(),
            row(row="op2.02", weapons="nuclear lasers"),
            row(row="op2.01", row_order="x"),
            row(row="op2.04", layout="instruments"),
        ],
    )
    with pytest.raises(DataFileInvalid) as error:
        services.matrix_templates_load(data_dir=data_dir)
    places = {(item.file, item.line, item.column) for item in error.value.errors}
    assert places == {
        ("templates/2017.csv", 3, "weapons"),
        ("templates/2017.csv", 4, "row_order"),
        ("templates/2017.csv", 4, "row"),
        ("templates/2017.csv", 5, "layout"),
        ("templates/2017.csv", 5, "weapons"),
    }
    assert not MatrixTemplate.objects.exists()


def test_a_template_without_its_file_is_reported(data_dir):
    data = layouts.read_layouts(data_dir)
    assert [(item.file, item.column) for item in data.errors] == [("templates.csv", "code")]


def test_the_real_templates_load_with_their_sections(db):
    services.matrix_templates_load()
    sections = {
        template.code: [section.code for section in template.sections.all()]
        for template in MatrixTemplate.objects.all()
    }
    assert sections["2011"] == ["op1", "op2", "op3ab", "op3cd"]
    assert sections["2017"][:4] == ["op1", "op2", "op3ab", "op3cd"] and len(sections["2017"]) > 4
    npt = MatrixRow.objects.get(template__code="2011", code="op1.01")
    assert not npt.provisional and npt.title_zh_hans
    assert MatrixRow.objects.filter(template__code="2011", provisional=True).exists()
    shared = set(MatrixRow.objects.filter(template__code="2011").values_list("code", flat=True))
    assert shared <= set(MatrixRow.objects.filter(template__code="2017").values_list("code", flat=True))
