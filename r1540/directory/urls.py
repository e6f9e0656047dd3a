from django.urls import path

from r1540.directory import views

app_name = "directory"

urlpatterns = [
    path("states/", views.StateListView.as_view(), name="state_list"),
    path("states/<str:code>/", views.StateDetailView.as_view(), name="state"),
    path("states/<str:code>/edit/", views.StateEditView.as_view(), name="state_edit"),
    path("council/", views.council, name="council_current"),
    path("council/<int:year>/", views.council, name="council"),
    path("organizations/", views.OrganizationListView.as_view(), name="organization_list"),
    path("organizations/<slug:slug>/", views.OrganizationDetailView.as_view(), name="organization"),
    path("organizations/<slug:slug>/edit/", views.OrganizationEditView.as_view(), name="organization_edit"),
    path("points-of-contact/", views.PointOfContactListView.as_view(), name="pointofcontact_list"),
    path("points-of-contact/<int:pk>/", views.PointOfContactDetailView.as_view(), name="pointofcontact"),
    path("points-of-contact/<int:pk>/edit/", views.PointOfContactEditView.as_view(), name="pointofcontact_edit"),
    path(
        "states/<str:key>/designate-poc/",
        views.pointofcontact_designate,
        {"kind": "state"},
        name="state_pointofcontact_designate",
    ),
    path(
        "organizations/<slug:key>/designate-poc/",
        views.pointofcontact_designate,
        {"kind": "organization"},
        name="organization_pointofcontact_designate",
    ),
]
