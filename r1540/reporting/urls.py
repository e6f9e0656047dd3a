from django.urls import path

from r1540.reporting import views

app_name = "reporting"

urlpatterns = [
    path("", views.NationalReportListView.as_view(), name="report_list"),
    path("add/", views.NationalReportCreateView.as_view(), name="report_add"),
    path("<int:pk>/", views.NationalReportDetailView.as_view(), name="report"),
    path("<int:pk>/edit/", views.NationalReportEditView.as_view(), name="report_edit"),
    path("not-yet-reported/", views.non_reporting, name="non_reporting"),
    path("dialogue/<str:code>/", views.dialogue, name="dialogue"),
]
