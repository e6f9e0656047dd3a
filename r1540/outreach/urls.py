from django.urls import path

from r1540.outreach import feeds, views

app_name = "outreach"

urlpatterns = [
    path("events/", views.EventListView.as_view(), name="event_list"),
    path("events/feed.rss", feeds.EventsFeed(), name="events_rss"),
    path("events/feed.atom", feeds.EventsAtomFeed(), name="events_atom"),
    path("events/<slug:code>/", views.event_detail, name="event"),
    path("faq/", views.faq, name="faq"),
]
