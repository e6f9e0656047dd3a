"""Demo data of the directory: the real reference data, then demo users for every role and
demo points of contact. Everything invented is flagged ``is_demo`` and uses example.org."""

from __future__ import annotations

import datetime
import random

from django.utils import timezone

from r1540.core import accounts
from r1540.core.models import User
from r1540.core.roles import Role
from r1540.core.services import differs
from r1540.directory import services
from r1540.directory.choices import PocLocation
from r1540.directory.models import CouncilMembership, Organization, Person, PointOfContact, State
from r1540.directory.selectors import latest_council_year

DEMO_PASSWORD = "r1540-demo"  # noqa: S105  (documented in the README; demo accounts only)

GIVEN_NAMES = [
    "Amina",
    "Li",
    "Carlos",
    "Olga",
    "Fatima",
    "Jean",
    "Maria",
    "Ahmed",
    "Anna",
    "Kwame",
    "Mei",
    "Sofia",
    "Ivan",
    "Nadia",
    "Pedro",
    "Yusuf",
    "Claire",
    "Omar",
    "Elena",
    "Tomás",
    "Aisha",
    "Hiroshi",
    "Lucía",
    "Samuel",
]
FAMILY_NAMES = [
    "Mensah",
    "Wang",
    "García",
    "Petrova",
    "Haddad",
    "Dubois",
    "Silva",
    "Rahman",
    "Kowalska",
    "Osei",
    "Chen",
    "Rossi",
    "Ivanov",
    "Karimi",
    "Moreno",
    "Aydin",
    "Martin",
    "Farouk",
    "Popescu",
    "Lopez",
]
INSTITUTIONS = [
    "Ministry of Foreign Affairs",
    "Ministry of Defence",
    "National Authority for the CWC",
    "Nuclear Regulatory Authority",
    "Customs Administration",
    "Ministry of the Interior",
]


def _demo_user(username: str, role: str, *, state=None, organization=None, seat=None, superuser=False) -> User:
    user, created = User.objects.get_or_create(username=username)
    values = {
        "role": role,
        "state": state,
        "organization": organization,
        "council_seat": seat,
        "email": "{}@example.org".format(username),
        "first_name": "Demo",
        "last_name": dict(Role.choices)[role],
        "is_demo": True,
        "is_staff": superuser,
        "is_superuser": superuser,
    }
    if created or differs(user, values) or not user.check_password(DEMO_PASSWORD):
        for name, value in values.items():
            setattr(user, name, value)
        user.set_password(DEMO_PASSWORD)
        user.save()
    return user


def demo_users() -> dict[str, User]:
    """One demo account per role (the public needs none)."""
    year = latest_council_year() or timezone.localdate().year
    seat = (
        CouncilMembership.objects.filter(year=year, state__iso3="CHN").first()
        or CouncilMembership.objects.filter(year=year).first()
    )
    return {
        Role.ADMINISTRATOR: _demo_user("demo-admin", Role.ADMINISTRATOR, superuser=True),
        Role.SECRETARIAT: _demo_user("demo-secretariat", Role.SECRETARIAT),
        Role.EXPERT: _demo_user("demo-expert", Role.EXPERT),
        Role.DELEGATION: _demo_user("demo-delegation", Role.DELEGATION, seat=seat),
        Role.STATE_POC: _demo_user("demo-state-poc", Role.STATE_POC, state=State.objects.get(iso3="IDN")),
        Role.ORGANIZATION_POC: _demo_user(
            "demo-organization-poc", Role.ORGANIZATION_POC, organization=Organization.objects.get(slug="iaea")
        ),
    }


def demo_points_of_contact(actor: User) -> int:
    """Plausible POCs for most States and organizations; some overdue for confirmation, some
    States with none, so the directory's questions have answers to show."""
    if PointOfContact.objects.filter(is_demo=True).exists():
        return 0
    rng = random.Random(1540)  # noqa: S311  (a reproducible demo, not a secret)
    today = timezone.localdate()
    created = 0
    parties = list(State.objects.members()) + list(Organization.objects.all())
    for party in parties:
        if rng.random() < 0.12:
            continue  # no POC designated: the Committee urges these to designate one
        locations = [PocLocation.HEADQUARTERS] if isinstance(party, Organization) else [PocLocation.CAPITAL]
        if isinstance(party, State) and rng.random() < 0.6:
            locations.append(PocLocation.MISSION)
        for location in locations:
            given, family = rng.choice(GIVEN_NAMES), rng.choice(FAMILY_NAMES)
            person = Person(
                given_name=given,
                family_name=family,
                job_title="Counsellor" if location == PocLocation.MISSION else "Director, Non-Proliferation",
                email="{}.{}.{}@example.org".format(given, family, created).lower().encode("ascii", "ignore").decode(),
                phone="+1 212 555 {:04d}".format(rng.randrange(10000)),
                is_demo=True,
            )
            designated = today - datetime.timedelta(days=rng.randrange(30, 3650))
            poc = services.poc_designate(
                party=party,
                person=person,
                location=location,
                institution="" if isinstance(party, Organization) else rng.choice(INSTITUTIONS),
                designated_date=designated,
                actor=actor,
                reason="Demo data",
                is_demo=True,
            )
            if rng.random() < 0.5:
                confirmed = designated + datetime.timedelta(days=rng.randrange(0, (today - designated).days + 1))
                services.poc_confirm(poc=poc, actor=actor, reason="Demo data", on_date=confirmed)
            created += 1
    return created


def load(*, stdout) -> None:
    stdout.write("Directory reference data: {}".format(services.reference_data_load()))
    users = demo_users()
    person, _created = Person.objects.get_or_create(
        user=users[Role.STATE_POC], defaults={"given_name": "Demo", "family_name": "State POC", "is_demo": True}
    )
    created = demo_points_of_contact(users[Role.SECRETARIAT])
    device = accounts.demo_totp_device_ensure(user=users[Role.ADMINISTRATOR])
    stdout.write(
        "Demo administrator's two-factor key (DEMO ONLY, published in the README): {} "
        "(add it to any TOTP authenticator app, or: oathtool --totp -b {})".format(
            accounts.totp_key_base32(device), accounts.totp_key_base32(device)
        )
    )
    stdout.write(
        "Demo users: {}; demo points of contact created: {}".format(
            ", ".join(u.username for u in users.values()), created
        )
    )
