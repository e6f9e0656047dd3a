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


class InstrumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Instrument
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: "instrument-{}".format(n))
    kind = "treaty"
    name_en = factory.LazyAttribute(lambda o: "Convention {}".format(o.code))
    confidence = "verified"


class AdherenceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Adherence

    state = factory.SubFactory(StateFactory)
    instrument = factory.SubFactory(InstrumentFactory)
    status = "party"
    confidence = "verified"


class ActionPlanFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.ActionPlan

    state = factory.SubFactory(StateFactory)
    title = "National action plan"
    shared_date = datetime.date(2019, 6, 1)
    areas = "legal_framework export_controls"
    published = True


class ActionPlanFollowUpFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.ActionPlanFollowUp

    plan = factory.SubFactory(ActionPlanFactory)
    kind = "progress_report"
    summary = "Progress on the first milestones"
    due_date = datetime.date(2020, 6, 1)


class EffectivePracticeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.EffectivePractice

    state = factory.SubFactory(StateFactory)
    title = "Inter-agency coordination"
    summary = "How the agencies work together"
    shared_date = datetime.date(2018, 3, 1)
    consent_to_publish = True
    consent_date = factory.LazyAttribute(lambda practice: practice.shared_date if practice.consent_to_publish else None)
    published = True


class ControlListFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.ControlList

    state = factory.SubFactory(StateFactory)
    title = "Strategic goods list"
    kind = "national"
    coverage = "nsg australia_group"
    published = True
