from django.urls import path

from r1540.public import views

app_name = "public"

urlpatterns = [
    path("", views.home, name="home"),
    path("reporting-status/", views.ReportingStatusView.as_view(), name="reporting_status"),
    path("statistics/", views.statistics, name="statistics"),
    path("about/data/", views.about_data, name="about_data"),
]
