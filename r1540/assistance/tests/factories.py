import datetime

import factory

from r1540.assistance import models
from r1540.directory.tests.factories import StateFactory


class AssistanceRequestFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.AssistanceRequest

    state = factory.SubFactory(StateFactory)
    title = "Help drafting export control regulations"
    description = "We need advice to draft regulations on export licensing of dual-use goods."
    language = "en"
    areas = "export_controls"
    types = "legislative"
    channel = "note_verbale"
    received_date = datetime.date(2024, 2, 10)
    status_date = factory.SelfAttribute("received_date")
    status = "acknowledged"
    published = True


class AssistanceOfferFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.AssistanceOffer

    provider_state = factory.SubFactory(StateFactory)
    title = "Export control licensing workshop"
    description = "Training for licensing officers on dual-use export controls."
    language = "en"
    areas = "export_controls"
    types = "training"
    regions = "global"
    status = "committed"
    received_date = datetime.date(2024, 1, 5)
    published = True


class MatchFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Match

    request = factory.SubFactory(AssistanceRequestFactory)
    offer = factory.SubFactory(AssistanceOfferFactory)
    status = "agreed"
    matched_date = datetime.date(2024, 3, 1)
