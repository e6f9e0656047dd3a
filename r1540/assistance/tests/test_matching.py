"""The matching engine on hand-made vectors: no database, no encoder."""

import numpy as np
import pytest

from r1540.assistance import matching


def unit(*values):
    vector = np.zeros(8, dtype=np.float32)
    vector[: len(values)] = values
    return vector / np.linalg.norm(vector)


@pytest.fixture
def offers():
    items = [
        (1, unit(1, 0.1), matching.Provision(frozenset({"legal_framework"}), types=frozenset({"legislative"}))),
        (2, unit(0.9, 0.3), matching.Provision(frozenset({"export_controls"}), types=frozenset({"training"}))),
        (
            3,
            unit(1, 0.05),
            matching.Provision(
                frozenset({"legal_framework"}), types=frozenset({"legislative"}), regions=frozenset({"african"})
            ),
        ),
        (4, unit(0, 1), matching.Provision(frozenset({"legal_framework"}), languages=frozenset({"en"}))),
    ]
    return matching.Index.build(
        [i for i, _v, _p in items], np.vstack([v for _i, v, _p in items]), [p for *_x, p in items]
    )


def test_text_and_fields_together_rank_the_offer_that_really_serves_first(offers):
    need = matching.Need(
        areas=frozenset({"legal_framework"}),
        types=frozenset({"legislative"}),
        region="latin_american_caribbean",
        language="es",
    )
    ranked = matching.offers_for(unit(1, 0), need, offers, k=4)
    assert [suggestion.id for suggestion in ranked][:2] == [1, 3]
    first = {reason.code: reason.values for reason in ranked[0].reasons}
    assert first["areas"] == ("legal_framework",) and first["types"] == ("legislative",)
    assert "worldwide" in first and first["text"][0] > 0.9
    # Offer 3 works only in Africa: it says so, and it is discounted.
    third = {reason.code: reason.values for reason in ranked[1].reasons}
    assert third["region_outside"] == ("latin_american_caribbean",)
    assert ranked[1].score < ranked[0].score
    # Offer 4 works only in English: the Spanish request is told.
    fourth = next(s for s in ranked if s.id == 4)
    assert {r.code: r.values for r in fourth.reasons}["language_outside"] == ("es",)


def test_a_request_with_text_alone_is_matched_on_its_text(offers):
    ranked = matching.offers_for(unit(0, 1), matching.Need(), offers, k=2)
    assert ranked[0].id == 4
    assert ranked[0].score == pytest.approx(1.0, abs=1e-4)


def test_the_reverse_direction_ranks_requests_for_an_offer():
    requests = matching.Index.build(
        [10, 11],
        np.vstack([unit(1, 0), unit(0, 1)]),
        [
            matching.Need(frozenset({"export_controls"}), region="african", language="fr"),
            matching.Need(frozenset({"legal_framework"}), region="asia_pacific", language="zh-hans"),
        ],
    )
    provision = matching.Provision(frozenset({"export_controls"}), regions=frozenset({"african"}))
    ranked = matching.requests_for(unit(1, 0.1), provision, requests, k=2)
    assert [s.id for s in ranked] == [10, 11]
    assert {r.code for r in ranked[0].reasons} >= {"areas", "text", "region", "language"}
    assert "region_outside" in {r.code for r in ranked[1].reasons}


def test_excluded_and_empty():
    index = matching.Index.empty(8)
    assert matching.offers_for(unit(1), matching.Need(), index) == []
    one = matching.Index.build([5], np.vstack([unit(1)]), [matching.Provision()])
    assert matching.offers_for(unit(1), matching.Need(), one, exclude=[5]) == []


def test_top_k_is_ordered_over_many_candidates():
    rng = np.random.default_rng(7)
    vectors = rng.normal(size=(500, 8)).astype(np.float32)
    index = matching.Index.build(list(range(500)), vectors, [matching.Provision()] * 500)
    query = rng.normal(size=8).astype(np.float32)
    ranked = matching.offers_for(query, matching.Need(), index, k=10)
    scores = [s.score for s in ranked]
    assert scores == sorted(scores, reverse=True) and len(scores) == 10
    cosines = matching.normalize(vectors) @ matching.normalize(query)
    assert ranked[0].id == int(np.argmax(cosines))


def test_an_offer_not_embedded_yet_is_ranked_on_its_fields_and_says_its_matching_is_pending():
    provision = matching.Provision(frozenset({"legal_framework"}), types=frozenset({"legislative"}))
    # Offer 2's stored vector is stale: whatever it holds, its text weighs nothing.
    offers = matching.Index.build([1, 2], np.vstack([unit(1, 0), unit(1, 0)]), [provision, provision], [False, True])
    need = matching.Need(areas=frozenset({"legal_framework"}))
    ranked = {suggestion.id: suggestion for suggestion in matching.offers_for(unit(1, 0), need, offers, k=2)}
    assert {reason.code for reason in ranked[1].reasons} >= {"areas", "text"}
    codes = {reason.code for reason in ranked[2].reasons}
    assert "text_pending" in codes and "text" not in codes and "areas" in codes
    assert ranked[2].score == pytest.approx(matching.WEIGHTS["areas"] / (matching.WEIGHTS["areas"] + 0.55), abs=1e-4)
    assert ranked[1].score > ranked[2].score


def test_a_request_or_offer_not_embedded_yet_is_matched_on_its_fields_alone(offers):
    need = matching.Need(areas=frozenset({"legal_framework"}), types=frozenset({"legislative"}))
    ranked = matching.offers_for(None, need, offers, k=4)
    assert [suggestion.id for suggestion in ranked][:1] == [1]
    assert all(any(reason.code == "text_pending" for reason in s.reasons) for s in ranked)
    assert not any(reason.code == "text" for s in ranked for reason in s.reasons)
    requests = matching.Index.build([7], np.vstack([unit(1, 0)]), [need])
    [suggestion] = matching.requests_for(None, matching.Provision(frozenset({"legal_framework"})), requests)
    assert "text_pending" in {reason.code for reason in suggestion.reasons}
