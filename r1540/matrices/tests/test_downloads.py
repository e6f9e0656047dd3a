"""The matrices' expensive downloads are built once per change by a worker and served from the
kept file, and one audience is never served another's file."""

import csv
import datetime
import io
import os
import time

import pytest
from django.urls import reverse

from r1540.core.permissions import policy_for
from r1540.core.roles import ALL_ROLES, Role
from r1540.matrices import downloads, exports, services
from r1540.matrices.models import MatrixEntry, MatrixRow, MatrixVersion
from r1540.matrices.tasks import build_download
from r1540.matrices.tests.factories import MatrixEntryFactory

pytestmark = pytest.mark.django_db

DUMMY_TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend", "QUEUES": ["default", "mail"]}}


@pytest.fixture(autouse=True)
def folder(settings, tmp_path):
    settings.R1540_DOWNLOAD_DIR = tmp_path / "downloads"
    return settings.R1540_DOWNLOAD_DIR


@pytest.fixture
def builds(monkeypatch):
    """Count the builds of the CSV files (the bulk export and a version's)."""
    calls = []

    def counted(types, build):
        def wrapper(*args):
            calls.append(args)
            return build(*args)

        monkeypatch.setitem(types, "csv", (types["csv"][0], wrapper))

    counted(exports.TABLE_TYPES, exports.TABLE_TYPES["csv"][1])
    counted(exports.DOCUMENT_TYPES, exports.DOCUMENT_TYPES["csv"][1])
    return calls


def published_url():
    return reverse("matrices:published_export", kwargs={"kind": "csv"})


def document_url(version, kind="csv"):
    return reverse(
        "matrices:version_document",
        kwargs={"code": version.state.iso3.lower(), "number": version.number, "kind": kind},
    )


def lines(response) -> list[dict]:
    assert response.status_code == 200
    return list(csv.DictReader(io.StringIO(response.getvalue().decode("utf-8-sig"))))


def remarks(response) -> set[str]:
    return {line["Remarks"] for line in lines(response)}


def kept(folder) -> list[str]:
    return sorted(path.name for path in folder.iterdir() if not path.name.startswith(".")) if folder.exists() else []


def test_the_second_request_is_answered_from_the_kept_file(
    client, world, builds, folder, django_assert_max_num_queries
):
    first = client.get(published_url()).getvalue()
    assert len(builds) == 1
    with django_assert_max_num_queries(12):  # the digest's few small queries, no build
        second = client.get(published_url())
    assert len(builds) == 1
    assert second.getvalue() == first
    assert second["Content-Disposition"] == 'attachment; filename="published-matrices-en.csv"'
    assert second["Content-Type"] == exports.CSV
    # The API shares the file; a version's document is kept the same way.
    api = client.get(reverse("matrixversion-published"), {"kind": "csv", "language": "en"})
    assert api.getvalue() == first
    version = world["own_published_matrix"]
    client.get(document_url(version))
    client.get(document_url(version))
    client.get(reverse("matrixversion-document", kwargs={"pk": version.pk}), {"kind": "csv", "language": "en"})
    assert len(builds) == 2
    assert len(kept(folder)) == 2


def test_publishing_a_version_makes_a_new_file_and_removes_the_old(client, world, cast, builds, folder):
    assert [line["State (ISO code)"] for line in lines(client.get(published_url()))] == ["IDN"]
    old_files = kept(folder)
    draft = world["other_draft_matrix"]
    npt = MatrixRow.objects.get(template=draft.template, code="op1.01")
    MatrixEntryFactory(version=draft, row=npt, weapon="", column="", value="X", instrument="Loi 1992")
    expert = cast[Role.EXPERT]
    services.matrix_version_approve(
        version=draft, approved_date=datetime.date(2026, 1, 5), meeting="Formal", actor=expert, reason="Agreed"
    )
    services.matrix_version_publish(version=draft, actor=expert, reason="Published")
    assert [line["State (ISO code)"] for line in lines(client.get(published_url()))] == ["FRA", "IDN"]
    assert len(builds) == 2
    assert len(kept(folder)) == 1 and kept(folder) != old_files


def test_a_published_version_superseded_or_reworded_gets_a_new_file(client, world, cast, builds):
    version = world["own_published_matrix"]
    assert {line["Stage"] for line in lines(client.get(document_url(version)))} == {"published"}
    next_version = services.matrix_version_create(
        state=version.state, template=version.template, based_on=version, actor=cast[Role.EXPERT], reason="Next"
    )
    services.matrix_version_approve(
        version=next_version, approved_date=datetime.date(2026, 1, 5), meeting="M", actor=None, reason="Agreed"
    )
    services.matrix_version_publish(version=next_version, actor=None, reason="Published")
    assert {line["Stage"] for line in lines(client.get(document_url(version)))} == {"superseded"}
    row = MatrixRow.objects.get(template=version.template, code="op1.01")
    row.title_en = "Treaty on the Non-Proliferation of Nuclear Weapons (NPT)"
    row.save()
    titles = {line["Row title"] for line in lines(client.get(document_url(version)))}
    assert "Treaty on the Non-Proliferation of Nuclear Weapons (NPT)" in titles
    assert len(builds) == 3


@pytest.mark.parametrize("first", ["committee", "public"])
def test_the_public_is_never_served_the_committees_file_nor_the_reverse(client, world, cast, first):
    version = world["own_published_matrix"]
    urls = [published_url(), document_url(version)]
    seen = {}
    order = ["committee", "public"] if first == "committee" else ["public", "committee"]
    for who in [*order, "own State", *order]:
        client.logout()
        if who != "public":
            client.force_login(cast[Role.EXPERT if who == "committee" else Role.STATE_POC])
        for url in urls:
            seen.setdefault((who, url), []).append(remarks(client.get(url)))
    for url in urls:
        assert seen[("public", url)] == [{""}, {""}]
        assert seen[("committee", url)] == [{"", "Not for the public"}] * 2
        assert seen[("own State", url)] == [{"", "Not for the public"}]  # its own State's field


def test_the_other_states_poc_gets_the_public_fields_only(client, world, cast):
    poc = cast[Role.STATE_POC]
    client.force_login(poc)
    assert "Not for the public" in remarks(client.get(published_url()))
    poc.state = world["other_state"]
    poc.save()
    assert remarks(client.get(published_url())) == {""}


def test_the_worker_builds_as_a_reader_who_sees_what_the_user_sees(world, cast):
    for role in ALL_ROLES:
        user = cast[role]
        reader = downloads.reader(downloads.audience(user))
        for queryset in (MatrixEntry.objects.all(), MatrixVersion.objects.all()):
            policy = policy_for(queryset.model)
            assert set(policy.visible(reader, queryset)) == set(policy.visible(user, queryset)), role


def test_a_draft_is_built_on_the_request_and_not_kept(client, world, cast, folder):
    client.force_login(cast[Role.EXPERT])
    assert client.get(document_url(world["other_draft_matrix"])).status_code == 200
    assert kept(folder) == []


def test_while_a_worker_builds_the_reader_is_asked_to_come_back_and_one_build_is_enqueued(
    client, world, settings, folder
):
    settings.TASKS = DUMMY_TASKS
    from r1540.core.tasking import default_task_backend

    first = client.get(published_url())
    second = client.get(published_url())
    for response in (first, second):
        assert response.status_code == 202
        assert response["Retry-After"] == str(downloads.RETRY_AFTER_SECONDS)
        assert 'http-equiv="refresh"' in response.content.decode()
    api = client.get(reverse("matrixversion-published"), {"kind": "csv", "language": "en"})
    assert api.status_code == 202 and api.json()["retry_after"] == downloads.RETRY_AFTER_SECONDS
    assert len(default_task_backend.results) == 1  # however many asked
    result = default_task_backend.results[0]
    assert result.task.call(*result.args, **result.kwargs) == downloads.BUILT
    assert lines(client.get(published_url()))[0]["State (ISO code)"] == "IDN"
    assert not list(folder.glob("*.pending"))


def test_a_build_lost_with_its_worker_is_asked_for_again(client, world, settings, folder):
    settings.TASKS = DUMMY_TASKS
    from r1540.core.tasking import default_task_backend

    assert client.get(published_url()).status_code == 202
    (marker,) = folder.glob("*.pending")
    old = time.time() - downloads.PENDING_SECONDS - 1
    os.utime(marker, (old, old))
    assert client.get(published_url()).status_code == 202
    assert len(default_task_backend.results) == 2


def test_a_task_run_twice_builds_once(world, builds, folder):
    arguments = {"subject": downloads.PUBLISHED, "kind": "csv", "audience": downloads.PUBLIC, "language": "en"}
    assert build_download.call(**arguments) == downloads.BUILT
    assert build_download.call(**arguments) == downloads.KEPT
    assert len(builds) == 1
    assert len(kept(folder)) == 1


def test_a_file_whose_data_changed_during_the_build_is_not_kept(world, monkeypatch, folder):
    build = exports.TABLE_TYPES["csv"][1]

    def build_while_publishing(user, language):
        content = build(user, language)
        version = world["own_published_matrix"]
        version.approval_meeting = "Corrected"
        version.save()
        return content

    monkeypatch.setitem(exports.TABLE_TYPES, "csv", (exports.CSV, build_while_publishing))
    download = downloads.Download(subject=downloads.PUBLISHED, kind="csv", audience=downloads.PUBLIC, language="en")
    assert downloads.store(download) == downloads.CHANGED
    assert kept(folder) == []
