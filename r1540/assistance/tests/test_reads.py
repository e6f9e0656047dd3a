"""Suggested matches are a read: the pages and the API rank on the stored embeddings, never load
the encoder nor write, and say "matching pending" until the background task has embedded a text."""

import hashlib

import numpy as np
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from r1540.assistance import embedding, selectors, services
from r1540.assistance.models import AssistanceOffer, AssistanceRequest
from r1540.core.roles import Role
from r1540.core.tests.test_reads_never_write import writes

pytestmark = pytest.mark.django_db

PENDING_NOTICE = "Matching pending: the meaning of this text is not compared"
PENDING_REASON = "Matching pending: the texts are not compared yet"


class WordEmbedder:
    """A stand-in for the encoder, with its name: one dimension per hashed word, so the same
    words give the same direction (fast and deterministic; the real one is tested in test_quality)."""

    name = embedding.DEFAULT_ENCODER.name
    dimensions = embedding.DIMENSIONS

    def embed(self, texts):
        vectors = np.zeros((len(texts), self.dimensions), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in text.lower().split():
                vectors[row, int(hashlib.sha256(word.encode()).hexdigest(), 16) % self.dimensions] += 1
        return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)


@pytest.fixture(autouse=True)
def no_encoder(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("a read loaded the text encoder")

    monkeypatch.setattr(embedding, "default_embedder", refuse)


def embed_everything():
    """What the background task does after each save."""
    services.embeddings_refresh(AssistanceRequest.objects.all(), embedder=WordEmbedder())
    services.embeddings_refresh(AssistanceOffer.objects.all(), embedder=WordEmbedder())


def get(client, url, **extra):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, **extra)
    assert response.status_code == 200
    assert writes(captured.captured_queries) == []
    return response


def test_the_request_page_says_matching_is_pending_until_the_text_is_embedded(client, world, cast, settings):
    settings.R1540_ANALYTICS = False
    request = world["other_published_request"]
    client.force_login(cast[Role.EXPERT])
    page = get(client, request.get_absolute_url()).content.decode()
    # Not embedded yet: ranked on the fields, nothing stored by the read, and the page says so.
    assert PENDING_NOTICE in page and PENDING_REASON in page and "IAEA legislative assistance" in page
    assert AssistanceRequest.objects.filter(embedding__isnull=False).count() == 0
    embed_everything()
    page = get(client, request.get_absolute_url()).content.decode()
    assert PENDING_NOTICE not in page and PENDING_REASON not in page
    # A text changed without the task having run yet (a stale vector) is pending again.
    AssistanceRequest.objects.filter(pk=request.pk).update(title="Another need")
    page = get(client, request.get_absolute_url()).content.decode()
    assert PENDING_NOTICE in page


def test_the_offer_page_says_matching_is_pending_until_the_text_is_embedded(client, world, cast, settings):
    settings.R1540_ANALYTICS = False
    offer = world["own_organization_offer"]
    client.force_login(cast[Role.EXPERT])
    assert PENDING_NOTICE in get(client, offer.get_absolute_url()).content.decode()
    embed_everything()
    assert PENDING_NOTICE not in get(client, offer.get_absolute_url()).content.decode()


def test_the_api_gives_matching_pending_as_a_reason_until_both_texts_are_embedded(client, world, cast, settings):
    settings.R1540_ANALYTICS = False
    offer = world["own_organization_offer"]
    same_words = AssistanceOffer.objects.create(
        provider_state=world["other_state"],
        title=world["other_published_request"].title,
        description=world["other_published_request"].description,
        language="en",
        areas="export_controls",
        regions="global",
        status="committed",
        published=True,
    )
    client.force_login(cast[Role.EXPERT])
    url = reverse("assistancerequest-matches", kwargs={"pk": world["other_published_request"].pk})
    pending = get(client, url).json()
    assert {m["offer"] for m in pending} >= {offer.pk, same_words.pk}
    for match in pending:
        assert PENDING_REASON in match["reasons"] and {"code": "text_pending", "values": []} in match["reason_codes"]
    embed_everything()
    # Written outside the services after the task ran: this offer alone waits.
    AssistanceOffer.objects.filter(pk=offer.pk).update(description="Changed in the database")
    ready = {m["offer"]: m for m in get(client, url).json()}
    assert PENDING_REASON in ready[offer.pk]["reasons"]
    assert PENDING_REASON not in ready[same_words.pk]["reasons"]
    assert any(reason.startswith("Similar need described") for reason in ready[same_words.pk]["reasons"])
    assert selectors.matching_pending(AssistanceOffer.objects.get(pk=offer.pk))
    same_words.refresh_from_db()
    assert not selectors.matching_pending(same_words)
