from django.urls import path

from r1540.outreach import feeds, views

app_name = "outreach"

urlpatterns = [
    path("events/", views.EventListView.as_view(), name="event_list"),
    path("events/feed.rss", feeds.EventsFeed(), name="events_rss"),
    path("events/feed.atom", feeds.EventsAtomFeed(), name="events_atom"),
    path("events/<slug:code>/", views.event_detail, name="event"),
    path("faq/", views.faq, name="faq"),
    path("cooperation/", views.CooperationListView.as_view(), name="cooperation_list"),
    path("cooperation/<slug:slug>/", views.cooperation_detail, name="cooperation"),
    path(
        "cooperation/<slug:slug>/activities/add/",
        views.CooperationActivityCreateView.as_view(),
        name="cooperationactivity_add",
    ),
]
