from django.urls import path

from r1540.public import feeds, views

app_name = "public"

urlpatterns = [
    path("", views.home, name="home"),
    path("reporting-status/", views.ReportingStatusView.as_view(), name="reporting_status"),
    path("news/feed.rss", feeds.NewsFeed(), name="news_rss"),
    path("news/feed.atom", feeds.NewsAtomFeed(), name="news_atom"),
    path("statistics/", views.statistics, name="statistics"),
    path("assistance-guide/", views.assistance_guide, name="assistance_guide"),
    path("about/data/", views.about_data, name="about_data"),
]
