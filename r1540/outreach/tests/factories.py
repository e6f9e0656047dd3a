import datetime

import factory

from r1540.directory.tests.factories import OrganizationFactory
from r1540.outreach import models


class EventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Event
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: "ev-test-{}".format(n))
    kind = "workshop"
    title_en = factory.Sequence(lambda n: "Event {}".format(n))
    start_date = datetime.date(2025, 3, 4)
    confidence = "verified"


class CooperationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Cooperation
        django_get_or_create = ("organization",)

    organization = factory.SubFactory(OrganizationFactory)
    modalities_en = "Joint training courses for points of contact."
    confidence = "verified"


class CooperationActivityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.CooperationActivity
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: "coop-test-{}".format(n))
    cooperation = factory.SubFactory(CooperationFactory)
    kind = "joint_activity"
    activity_date = datetime.date(2025, 5, 6)
    title_en = factory.Sequence(lambda n: "Activity {}".format(n))
    confidence = "verified"
