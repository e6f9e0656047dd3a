"""The engine on the labelled set, with the real multilingual encoder (its weights come inside
the installed package)."""

import pytest

from r1540.assistance import embedding, evaluation


@pytest.fixture(scope="module")
def embedded():
    return evaluation.embed(evaluation.load(), embedding.default_embedder())


def _key(labelled, key):
    return next(index for index, row in enumerate(labelled.requests) if row["key"] == key)


def test_a_spanish_request_for_penal_code_drafting_finds_english_and_french_legislative_offers(embedded):
    labelled = embedded.labelled
    request = labelled.requests[_key(labelled, "r01")]
    assert request["language"] == "es"
    top3 = embedded.engine(_key(labelled, "r01"))[:3]
    offers = {row["key"]: row for row in labelled.offers}
    foreign = [key for key in top3 if offers[key]["language"] in ("en", "fr") and "legislative" in offers[key]["types"]]
    assert foreign and set(foreign) <= labelled.relevant["r01"]


def test_a_chinese_request_about_export_licensing_finds_the_english_export_control_offers(embedded):
    labelled = embedded.labelled
    assert labelled.requests[_key(labelled, "r02")]["language"] == "zh-hans"
    top5 = embedded.engine(_key(labelled, "r02"))[:5]
    offers = {row["key"]: row for row in labelled.offers}
    english = {key for key in labelled.relevant["r02"] if offers[key]["language"] == "en"}
    assert len(english) >= 2 and english <= set(top5)
    assert set(top5[:2]) <= english


def test_the_engine_beats_the_encoder_alone(embedded):
    engine = evaluation.measure(embedded.labelled, embedded.engine)
    alone = evaluation.measure(embedded.labelled, embedded.encoder_alone)
    assert engine["recall@5"] > alone["recall@5"] and engine["mrr"] > alone["mrr"]
    assert engine["recall@5"] >= 0.9
