import datetime

import factory

from r1540.directory.tests.factories import StateFactory
from r1540.reporting import models


class NationalReportFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.NationalReport

    state = factory.SubFactory(StateFactory)
    kind = "first"
    submitted_date = datetime.date(2004, 10, 28)
    channel = "note_verbale"
    published = True


class DialogueEntryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.DialogueEntry

    state = factory.SubFactory(StateFactory)
    date = datetime.date(2020, 3, 15)
    kind = "letter_sent"
    summary = "Letter of the Chair"
