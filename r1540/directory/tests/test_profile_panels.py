"""What the registry checks (core/tests/test_registries.py) ask for is on the pages: an
organization's offers and effective practices on its page, a State's practices on its profile,
each only as far as the reader may see them."""

import pytest

from r1540.assistance.tests.factories import AssistanceOfferFactory
from r1540.reporting.tests.factories import EffectivePracticeFactory

pytestmark = pytest.mark.django_db


def test_an_organization_page_shows_its_published_offers_and_practices(client, world):
    iaea = world["own_organization"]
    AssistanceOfferFactory(
        provider_state=None, provider_organization=iaea, title="Unlisted IAEA offer", published=False
    )
    page = client.get(iaea.get_absolute_url()).content.decode()
    assert "IAEA legislative assistance" in page and "IAEA practice" in page
    assert "Unlisted IAEA offer" not in page


def test_a_state_profile_shows_its_published_practices(client, world):
    EffectivePracticeFactory(state=world["own_state"], title="Indonesian customs practice")
    page = client.get(world["own_state"].get_absolute_url()).content.decode()
    assert "Indonesian customs practice" in page
    france = client.get(world["other_state"].get_absolute_url()).content.decode()
    assert "Private practice of France" not in france
