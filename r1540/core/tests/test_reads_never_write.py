"""A GET reads: no page, list, download or API answer of the permission table writes a row, and
none loads the text encoder. Only the session (sign-in clock, messages) may be written."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from r1540.core.roles import Role
from r1540.core.tests.test_permissions import CASES

WRITE = re.compile(r"^\s*(INSERT|UPDATE|DELETE|REPLACE)\b", re.IGNORECASE)
#: Tables a read may write: the session the middleware keeps alive.
MAY_WRITE = ("django_session",)

READS = [case for case in CASES if case.method == "get" and case.expected[Role.EXPERT] == 200]


def writes(queries) -> list[str]:
    """The write statements among ``queries``, less those on the tables a read may write."""
    return [
        query["sql"]
        for query in queries
        if WRITE.match(query["sql"]) and not any(table in query["sql"] for table in MAY_WRITE)
    ]


@pytest.fixture
def no_encoder(monkeypatch):
    """Loading the encoder fails the test: a read uses only the stored embeddings."""
    from r1540.assistance import embedding

    def refuse(*args, **kwargs):
        raise AssertionError("a read loaded the text encoder")

    monkeypatch.setattr(embedding, "default_embedder", refuse)
    monkeypatch.setattr(embedding.UniversalSentenceEncoder, "__init__", refuse)


def test_the_checker_sees_writes_and_lets_session_writes_pass():
    queries = [
        {"sql": "SELECT 1"},
        {"sql": 'UPDATE "django_session" SET "session_data" = 1'},
        {"sql": 'INSERT INTO "assistance_match" ("id") VALUES (1)'},
        {"sql": '  update "assistance_assistanceoffer" SET "embedding" = x'},
    ]
    assert writes(queries) == [queries[2]["sql"], queries[3]["sql"]]


def test_there_are_reads_to_check():
    names = {case.url_name for case in READS}
    assert {"assistance:request", "assistancerequest-matches", "assistanceoffer-matches"} <= names
    assert len(READS) > 50


@pytest.mark.parametrize("case", READS, ids=lambda case: case.id)
def test_a_read_writes_nothing(case, client, db, shared_world, settings, no_encoder):
    settings.R1540_ANALYTICS = False  # the page-view counter is the one write a page may make
    world, cast = shared_world
    client.force_login(cast[Role.EXPERT])
    url = reverse(case.url_name, kwargs=case.kwargs(world))
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, case.data(world))
    assert response.status_code == 200, case.id
    assert writes(captured.captured_queries) == [], case.id
