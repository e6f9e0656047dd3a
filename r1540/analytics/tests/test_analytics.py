"""Website use: the server counts page views per day, page, section and language, keeps nothing
about the visitor, sets no cookie, and the Committee's page shows exactly what is stored."""

import csv
import datetime
import io
from unittest import mock

import pytest
from django.contrib.auth.tokens import default_token_generator
from django.db import DatabaseError, connection
from django.db.models import QuerySet, Sum
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from r1540.analytics import services
from r1540.analytics.models import PageViewDay
from r1540.core.roles import Role
from r1540.core.tests.factories import UserFactory

pytestmark = pytest.mark.django_db

#: Everything a counter may hold. A new column must be argued for here, not slipped in.
ALLOWED_FIELDS = {"id", "view_date", "url_name", "path", "section", "language", "views"}
FAQ = "/outreach/faq/"


def counters():
    return list(PageViewDay.objects.values("view_date", "url_name", "path", "section", "language", "views"))


def test_a_page_view_creates_its_counter_and_the_next_one_adds_to_it(client):
    client.get(FAQ + "?q=weapons")
    today = timezone.localdate()
    expected = {
        "view_date": today,
        "url_name": "outreach:faq",
        "path": FAQ,
        "section": "outreach",
        "language": "en",
    }
    assert counters() == [{**expected, "views": 1}]
    client.get(FAQ)
    assert counters() == [{**expected, "views": 2}]


def test_the_language_is_the_pages_and_the_path_loses_its_prefix(client, world):
    with translation.override("zh-hans"):
        chinese = reverse("directory:state", kwargs={"code": "IDN"})
    assert chinese.startswith("/zh-hans/")
    client.get(chinese)
    client.get(chinese)
    client.get("/fr" + FAQ)
    client.get("/directory/states/IDN/")
    stored = {(row["path"], row["language"]): row for row in counters()}
    assert set(stored) == {("/directory/states/IDN/", "zh-hans"), (FAQ, "fr"), ("/directory/states/IDN/", "en")}
    assert stored[("/directory/states/IDN/", "zh-hans")]["views"] == 2
    assert stored[("/directory/states/IDN/", "zh-hans")]["url_name"] == "directory:state"
    assert stored[("/directory/states/IDN/", "zh-hans")]["section"] == "directory"


def test_a_repeated_view_costs_one_query(client):
    client.get(FAQ)
    with CaptureQueriesContext(connection) as queries:
        client.get(FAQ)
    writes = [query["sql"] for query in queries.captured_queries if "analytics_pageviewday" in query["sql"]]
    assert len(writes) == 1 and writes[0].startswith("UPDATE")


def test_a_concurrent_first_view_is_added_to_the_counter_it_lost_to():
    page = {"view_date": timezone.localdate(), "url_name": "outreach:faq", "path": FAQ, "section": "outreach"}
    PageViewDay.objects.create(**page, language="en", views=3)
    real_update = QuerySet.update
    updates = []

    def update(queryset, **values):
        # The first UPDATE runs before the other request's INSERT, so it finds no counter.
        updates.append(values)
        return 0 if len(updates) == 1 else real_update(queryset, **values)

    with mock.patch.object(QuerySet, "update", update):
        services.page_view_record(**page, language="en")
    assert len(updates) == 2
    assert PageViewDay.objects.get().views == 4


@pytest.mark.parametrize(
    ("url", "headers"),
    [
        ("/api/docs/", {}),
        ("/api/v1/events/", {}),
        ("/static/r1540/charts.js", {}),
        ("/outreach/no-such-page/", {}),
        (FAQ, {"HX-Request": "true"}),
        (FAQ, {"DNT": "1"}),
        (FAQ, {"Sec-GPC": "1"}),
        (FAQ, {"User-Agent": "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"}),
        (FAQ, {"User-Agent": "Baiduspider"}),
        (FAQ, {"User-Agent": "SomeCrawler/1.0"}),
    ],
    ids=["api-docs", "api", "static", "404", "htmx", "dnt", "gpc", "googlebot", "spider", "crawler"],
)
def test_what_is_not_a_page_view_is_not_counted(client, url, headers):
    client.get(url, headers=headers)
    assert PageViewDay.objects.count() == 0


def test_the_admin_a_post_and_this_page_are_not_counted(client):
    client.force_login(UserFactory(username="admin", role=Role.ADMINISTRATOR, is_staff=True, is_superuser=True))
    assert client.get(reverse("admin:index")).status_code == 200
    assert client.get(reverse("analytics:website_use")).status_code == 200
    client.post(FAQ)
    assert PageViewDay.objects.count() == 0


def test_counting_can_be_switched_off(client, settings):
    settings.R1540_ANALYTICS = False
    assert client.get(FAQ).status_code == 200
    assert PageViewDay.objects.count() == 0


def test_a_failure_to_count_costs_no_page(client, caplog):
    with mock.patch.object(services, "page_view_record", side_effect=DatabaseError("disk full")):
        response = client.get(FAQ)
    assert response.status_code == 200
    assert "Page view not counted" in caplog.text


def test_counting_sets_no_cookie(settings):
    response = Client().get(FAQ)
    settings.R1540_ANALYTICS = False
    uncounted = Client().get(FAQ)
    assert PageViewDay.objects.count() == 1
    # The only cookie is the CSRF token of the language form, which every page has with or
    # without counting; no session is started for an anonymous visitor.
    assert set(response.cookies) == set(uncounted.cookies) <= {"csrftoken"}
    assert response.get("Vary") == uncounted.get("Vary")


def test_nothing_about_the_visitor_is_stored(client):
    fields = {field.attname for field in PageViewDay._meta.concrete_fields}
    assert fields == ALLOWED_FIELDS

    visitor = UserFactory(username="visitor-5d2e", email="visitor-5d2e@example.org", role=Role.EXPERT)
    secrets = {
        "ip": "203.0.113.197",
        "forwarded": "198.51.100.73",
        "agent": "Mozilla/5.0 (X11; Visitor-7c1f) Gecko/20100101 Firefox/140.0",
        "referrer": "https://referrer.example/page-9b3a",
        "query": "visitor-query@example.org",
    }
    request = {
        "REMOTE_ADDR": secrets["ip"],
        "headers": {
            "X-Forwarded-For": "{}, 192.0.2.1".format(secrets["forwarded"]),
            "X-Real-IP": secrets["forwarded"],
            "User-Agent": secrets["agent"],
            "Referer": secrets["referrer"],
            "Accept-Language": "fr-CH, fr;q=0.9",
        },
    }
    client.get(FAQ + "?email=" + secrets["query"], **request)
    client.get("/ar" + FAQ, **request)
    client.force_login(visitor)
    client.get("/ru" + FAQ, **request)
    secrets.update(
        session=client.session.session_key,
        username=visitor.username,
        email=visitor.email,
        user_id="={}".format(visitor.pk),
        agent_token="Visitor-7c1f",
        browser="Firefox",
    )
    rows = list(PageViewDay.objects.values_list(*sorted(fields)))
    assert len(rows) == 3
    for row in rows:
        for value in row:
            for name, secret in secrets.items():
                assert secret.lower() not in str(value).lower(), "{} stored in {}".format(name, row)


def test_a_password_reset_link_is_counted_under_its_route_not_its_secrets(client):
    user = UserFactory(username="resetting")
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    response = client.get(reverse("core:password_reset_confirm", kwargs={"uidb64": uid, "token": token}), follow=True)
    assert response.status_code == 200
    (row,) = counters()
    assert row["path"] == "/account/password-reset/<uidb64>/<token>/"
    assert uid not in row["path"] and token not in row["path"]


@pytest.fixture
def stored(db):
    """Counters over the last 40 days, in several languages and sections."""
    today = timezone.localdate()
    rows = [
        (0, "public:home", "/", "public", "en", 12),
        (0, "public:home", "/", "public", "fr", 5),
        (0, "outreach:faq", FAQ, "outreach", "zh-hans", 3),
        (1, "directory:state", "/directory/states/IDN/", "directory", "ar", 7),
        (1, "directory:state", "/directory/states/IDN/", "directory", "es", 2),
        (6, "public:home", "/", "public", "ru", 4),
        (29, "outreach:faq", FAQ, "outreach", "en", 9),
        (40, "public:home", "/", "public", "en", 100),
    ]
    for days_ago, url_name, path, section, language, views in rows:
        PageViewDay.objects.create(
            view_date=today - datetime.timedelta(days=days_ago),
            url_name=url_name,
            path=path,
            section=section,
            language=language,
            views=views,
        )
    return today


def test_the_page_shows_what_is_stored(client, cast, stored):
    client.force_login(cast[Role.SECRETARIAT])
    response = client.get(reverse("analytics:website_use"), {"days": "30"})
    assert response.status_code == 200
    figures = response.context["figures"]
    period = PageViewDay.objects.filter(view_date__gte=stored - datetime.timedelta(days=29))

    assert figures["total"] == period.aggregate(total=Sum("views"))["total"] == 42
    assert len(figures["days"]) == 30 and figures["days"][-1]["date"] == stored
    assert sum(day["total"] for day in figures["days"]) == 42
    for day in figures["days"]:
        assert day["total"] == (period.filter(view_date=day["date"]).aggregate(total=Sum("views"))["total"] or 0)
        assert sum(day["languages"]) == day["total"]

    languages = {language["code"]: language for language in figures["languages"]}
    assert list(languages) == ["ar", "zh-hans", "en", "fr", "ru", "es"]
    for code, language in languages.items():
        expected = period.filter(language=code).aggregate(total=Sum("views"))["total"] or 0
        assert language["views"] == expected
        assert language["share"] == pytest.approx(100 * expected / 42)
    assert sum(language["share"] for language in languages.values()) == pytest.approx(100)

    sections = {section["section"]: section["views"] for section in figures["sections"]}
    assert sections == {"public": 21, "outreach": 12, "directory": 9}
    assert [page["path"] for page in figures["pages"]] == ["/", FAQ, "/directory/states/IDN/"]
    assert figures["pages"][0]["total"] == 21

    page = response.content.decode()
    assert 'data-chart-type="line"' in page and 'data-value="42"' not in page  # no day had 42
    assert 'data-value="21"' in page  # the public section
    assert "Other pages" not in page
    # Looking at the figures is not counted in them.
    assert PageViewDay.objects.aggregate(total=Sum("views"))["total"] == 142


def test_a_longer_period_or_dates_include_the_older_views(client, cast, stored):
    client.force_login(cast[Role.EXPERT])
    url = reverse("analytics:website_use")
    assert client.get(url, {"days": "90"}).context["figures"]["total"] == 142
    first = (stored - datetime.timedelta(days=40)).isoformat()
    response = client.get(url, {"from_date": first, "to_date": first})
    assert response.context["figures"]["total"] == 100
    assert len(response.context["figures"]["days"]) == 1
    backwards = client.get(url, {"from_date": stored.isoformat(), "to_date": first})
    assert backwards.context["form"].errors
    assert len(backwards.context["figures"]["days"]) == 30


def test_the_csv_gives_the_stored_rows_of_the_period(client, cast, stored):
    client.force_login(cast[Role.DELEGATION])
    response = client.get(reverse("analytics:website_use"), {"days": "30", "format": "csv"})
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    header, *rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert header == ["date", "section", "page", "path", "language", "views"]
    expected = [
        [row["view_date"].isoformat(), row["section"], row["url_name"], row["path"], row["language"], str(row["views"])]
        for row in PageViewDay.objects.filter(view_date__gte=stored - datetime.timedelta(days=29))
        .order_by("view_date", "section", "path", "language")
        .values()
    ]
    assert rows == expected and len(rows) == 7
    assert sum(int(row[5]) for row in rows) == 42


def test_the_menu_offers_the_page_to_the_committee_only(client, cast):
    url = reverse("analytics:website_use")
    assert url not in client.get(FAQ).content.decode()
    client.force_login(cast[Role.STATE_POC])
    assert url not in client.get(FAQ).content.decode()
    client.force_login(cast[Role.EXPERT])
    assert url in client.get(FAQ).content.decode()
