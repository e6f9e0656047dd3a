"""The matching engine is pure (no ORM, no Django choices), so it keeps its own copy of the coded
vocabularies; the copy must be the model fields' vocabularies, code for code."""

import pytest

from r1540.assistance import matching
from r1540.assistance.choices import Region
from r1540.assistance.models import AssistanceOffer


@pytest.mark.parametrize(
    ("engine", "field", "left_out"),
    [
        (matching.AREAS, "areas", set()),
        (matching.WEAPONS, "weapons", set()),
        (matching.TYPES, "types", set()),
        (matching.REGIONS, "regions", {Region.GLOBAL.value}),  # "everywhere" is every bit, not one
        (matching.LANGUAGES, "languages_served", set()),
    ],
)
def test_the_engines_vocabularies_are_the_model_fields(engine, field, left_out):
    vocabulary = AssistanceOffer._meta.get_field(field).vocabulary
    assert set(engine) == set(vocabulary.values) - left_out
    assert len(engine) == len(set(engine))
