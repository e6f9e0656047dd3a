import datetime

import factory

from r1540.directory import models


class StateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.State
        django_get_or_create = ("iso3",)

    iso3 = factory.Sequence(lambda n: "X{}".format(chr(65 + n % 26)) + chr(65 + (n // 26) % 26))
    iso2 = factory.LazyAttribute(lambda o: o.iso3[:2] if o.iso3[0] != "X" else "Q" + o.iso3[1])
    m49 = factory.Sequence(lambda n: "{:03d}".format(900 - n % 900))
    name_en = factory.Sequence(lambda n: "State {}".format(n))
    status = "member"
    admission_date = datetime.date(1945, 10, 24)
    regional_group = "african"
    regional_group_status = "member"
    m49_region = "Africa"
    m49_subregion = "Western Africa"


class OrganizationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Organization
        django_get_or_create = ("slug",)

    slug = factory.Sequence(lambda n: "org-{}".format(n))
    acronym = factory.LazyAttribute(lambda o: o.slug.upper())
    name_en = factory.Sequence(lambda n: "Organization {}".format(n))
    kind = "international"
    region = "global"


class CouncilMembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.CouncilMembership
        django_get_or_create = ("state", "year")

    state = factory.SubFactory(StateFactory)
    year = 2026
    seat = "elected"


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Person

    given_name = "Ana"
    family_name = factory.Sequence(lambda n: "Contact{}".format(n))
    email = factory.LazyAttribute(lambda o: "{}@example.org".format(o.family_name.lower()))


class PointOfContactFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.PointOfContact

    person = factory.SubFactory(PersonFactory)
    state = factory.SubFactory(StateFactory)
    location = "capital"
    designated_date = datetime.date(2020, 3, 1)
    confirmed_date = datetime.date(2020, 3, 1)
