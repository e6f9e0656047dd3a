"""The diff engine on plain data: no database."""

import datetime

from hypothesis import given
from hypothesis import strategies as st

from r1540.matrices.diffing import Cell, diff, summary

NPT = ("op1.01", "", "")
MAKE_N = ("op2.01", "nuclear", "legal_framework")
MAKE_C = ("op2.01", "chemical", "legal_framework")


def test_added_removed_and_changed_cells_with_their_attributes():
    old = {NPT: Cell(value="X", instrument="Deposit 1970"), MAKE_N: Cell(value="?")}
    new = {NPT: Cell(value="X", instrument="Deposit 5 March 1970"), MAKE_C: Cell(value="X", source="Report p. 4")}

    changes = diff(old, new, order=[NPT, MAKE_N, MAKE_C])

    assert [(change.key, change.kind) for change in changes] == [
        (NPT, "changed"),
        (MAKE_N, "removed"),
        (MAKE_C, "added"),
    ]
    npt = changes[0]
    assert [(item.attribute, item.old, item.new) for item in npt.changes] == [
        ("instrument", "Deposit 1970", "Deposit 5 March 1970")
    ]
    assert changes[2].change_of("source").new == "Report p. 4"
    assert summary(changes) == {"added": 1, "removed": 1, "changed": 1}


def test_a_missing_cell_is_a_blank_one():
    assert diff({NPT: Cell()}, {}) == []
    assert diff({}, {NPT: Cell(in_force_date=datetime.date(1970, 3, 5))})[0].kind == "added"


def test_withholding_a_field_from_publication_is_a_change():
    changes = diff({MAKE_N: Cell(value="X")}, {MAKE_N: Cell(value="X", publishable=False)})
    assert [(change.kind, change.changes[0].attribute) for change in changes] == [("changed", "publishable")]


values = st.sampled_from(["", "X", "?", "NA"])
cells = st.builds(Cell, value=values, remarks=st.sampled_from(["", "a", "b"]))
keys = st.sampled_from([NPT, MAKE_N, MAKE_C])
versions = st.dictionaries(keys, cells)


@given(versions, versions)
def test_applying_the_diff_to_the_old_version_gives_the_new_one(old, new):
    result = {key: cell for key, cell in old.items() if not cell.is_empty}
    for change in diff(old, new):
        cell = old.get(change.key, Cell())
        result[change.key] = Cell(**{**cell.__dict__, **{item.attribute: item.new for item in change.changes}})
    expected = {key: cell for key, cell in new.items() if not cell.is_empty}
    assert {key: cell for key, cell in result.items() if not cell.is_empty} == expected


@given(versions)
def test_a_version_does_not_differ_from_itself(version):
    assert diff(version, dict(version)) == []
