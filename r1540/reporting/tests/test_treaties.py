import csv
import datetime
import shutil

import pytest
from django.core.exceptions import ValidationError
from django.db.models import Count
from django.urls import reverse

from r1540.core.datafiles import DataFileInvalid
from r1540.core.roles import Role
from r1540.directory.services import reference_data_load
from r1540.reporting import reference, selectors, services
from r1540.reporting.models import Adherence, Instrument

pytestmark = pytest.mark.django_db


@pytest.fixture
def directory():
    reference_data_load()


def test_the_real_reference_files_load_and_loading_again_changes_nothing(directory):
    report = services.instruments_load()
    assert report.created == {"instruments": 31, "adherence": 1660}
    assert str(services.instruments_load()) == "Already up to date."
    npt = Instrument.objects.get(code="npt")
    assert npt.matrix_row == 1
    assert npt.name_zh_hans == "不扩散核武器条约"
    assert npt.name_ar == "معاهدة عدم انتشار الأسلحة النووية"
    # Every Member State has a row for each of the eight universal instruments.
    per_instrument = dict(
        Adherence.objects.values_list("instrument__code").annotate(n=Count("pk")).values_list("instrument__code", "n")
    )
    assert all(per_instrument[code] == 193 for code in ("npt", "cwc", "bwc", "ctbt", "icsant", "geneva_1925"))
    assert Adherence.objects.get(state__iso3="PRK", instrument=npt).status == "withdrawn"


def test_every_bad_row_is_reported_with_its_place_and_nothing_is_written(directory, tmp_path):
    shutil.copy(reference.DATA_DIR / "instruments.csv", tmp_path / "instruments.csv")
    rows = list(csv.DictReader((reference.DATA_DIR / "adherence.csv").open(encoding="utf-8")))
    rows[0]["state"] = "XXX"
    rows[1]["status"] = "maybe"
    rows[2].update(status="signatory", signature_date="2005-01-01", consent_date="2004-01-01")
    with (tmp_path / "adherence.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    with pytest.raises(DataFileInvalid) as error:
        services.instruments_load(data_dir=tmp_path)
    places = {(problem.line, problem.column) for problem in error.value.errors}
    assert {(2, "state"), (3, "status"), (4, "consent_date"), (4, "status")} <= places
    assert not Instrument.objects.exists() and not Adherence.objects.exists()


def test_a_changed_file_row_is_recorded_in_the_history(directory, tmp_path):
    services.instruments_load()
    shutil.copy(reference.DATA_DIR / "instruments.csv", tmp_path / "instruments.csv")
    rows = list(csv.DictReader((reference.DATA_DIR / "adherence.csv").open(encoding="utf-8")))
    target = next(row for row in rows if row["state"] == "IND" and row["instrument"] == "npt")
    target.update(status="party", source="test: accession recorded")
    with (tmp_path / "adherence.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    report = services.instruments_load(data_dir=tmp_path)
    assert report.updated == {"adherence": 1}
    row = Adherence.objects.get(state__iso3="IND", instrument__code="npt")
    latest = row.history.first()
    assert latest.status == "party" and latest.history_change_reason == "Loaded from the treaty reference files"
    assert [record.history_type for record in row.history.all()] == ["~", "+"]  # the first load, then the change


def test_instrument_figures_agree_with_a_direct_count(world):
    figures = {item["instrument"].code: item["counts"] for item in selectors.instrument_figures()}
    direct = Adherence.objects.filter(instrument__code="npt", status="party", state__status="member").count()
    assert figures["npt"]["party"] == direct == 2


def test_a_correction_needs_a_reason_and_no_future_date(world, cast):
    adherence = world["own_adherence"]
    adherence.consent_date = datetime.date.today() + datetime.timedelta(days=3)
    with pytest.raises(ValidationError) as error:
        services.adherence_save(adherence=adherence, actor=cast[Role.EXPERT], reason="deposit")
    assert "consent_date" in error.value.error_dict
    adherence.consent_date = datetime.date(1979, 7, 12)
    with pytest.raises(ValidationError):
        services.adherence_save(adherence=adherence, actor=cast[Role.EXPERT], reason="")
    adherence.status = "signatory"
    with pytest.raises(ValidationError) as error:
        services.adherence_save(adherence=adherence, actor=cast[Role.EXPERT], reason="checked")
    assert "status" in error.value.error_dict


def test_the_pages_and_the_api(client, world, cast):
    page = client.get(reverse("reporting:instrument", kwargs={"code": "npt"}), {"status": "party"})
    assert page.status_code == 200
    assert "Indonesia" in page.content.decode() and 'id="IDN"' in page.content.decode()
    listing = client.get(reverse("reporting:instrument_list")).content.decode()
    assert "Treaty on the Non-Proliferation of Nuclear Weapons" in listing
    detail = client.get(reverse("instrument-detail", kwargs={"code": "npt"})).json()
    assert detail["name"]["en"] == "Treaty on the Non-Proliferation of Nuclear Weapons"
    rows = client.get(reverse("adherence-list"), {"state": "idn"}).json()["results"]
    assert [(row["state"], row["instrument"], row["status"]) for row in rows] == [("IDN", "npt", "party")]


def test_an_expert_corrects_adherence_through_the_page(client, world, cast):
    client.force_login(cast[Role.EXPERT])
    adherence = world["own_adherence"]
    response = client.post(
        reverse("reporting:adherence_edit", kwargs={"pk": adherence.pk}),
        {
            "status": "party",
            "signature_date": "1970-03-02",
            "consent_date": "1979-07-12",
            "consent_kind": "ratification",
            "entry_into_force_date": "1979-07-12",
            "source": "IAEA status list",
            "lock_version": adherence.lock_version,
            "reason": "Dates from the depositary",
        },
    )
    assert response.status_code == 302
    adherence.refresh_from_db()
    assert adherence.consent_kind == "ratification"
    assert adherence.history.first().history_change_reason == "Dates from the depositary"
