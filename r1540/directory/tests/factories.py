import csv
import datetime
import functools
import itertools
import string

import factory

from r1540.directory import models
from r1540.directory.reference import DATA_DIR


@functools.cache
def _free(column: str) -> list[str]:
    """The codes of a column that no State of the reference file uses: the test States' own."""
    with (DATA_DIR / "states.csv").open(encoding="utf-8") as handle:
        taken = {row[column] for row in csv.DictReader(handle)}
    if column == "m49":
        every = ["{:03d}".format(n) for n in range(999, 0, -1)]
    else:
        every = ["".join(letters) for letters in itertools.product(string.ascii_uppercase, repeat=int(column[-1]))]
        every = [code for code in every if code.startswith("X")] + [code for code in every if not code.startswith("X")]
    return [code for code in every if code not in taken]


class StateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.State
        django_get_or_create = ("iso3",)

    # Codes no real State has (the reference file's are left out), each used once per run.
    iso3 = factory.Sequence(lambda n: _free("iso3")[n % len(_free("iso3"))])
    iso2 = factory.Sequence(lambda n: _free("iso2")[n % len(_free("iso2"))])
    m49 = factory.Sequence(lambda n: _free("m49")[n % len(_free("m49"))])
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
