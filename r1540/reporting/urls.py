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
    path("treaties/", views.instrument_list, name="instrument_list"),
    path("treaties/<slug:code>/", views.instrument, name="instrument"),
    path("adherence/<int:pk>/edit/", views.AdherenceEditView.as_view(), name="adherence_edit"),
    path("action-plans/", views.ActionPlanListView.as_view(), name="actionplan_list"),
    path("action-plans/add/", views.ActionPlanCreateView.as_view(), name="actionplan_add"),
    path("action-plans/<int:pk>/", views.ActionPlanDetailView.as_view(), name="actionplan"),
    path("action-plans/<int:pk>/edit/", views.ActionPlanEditView.as_view(), name="actionplan_edit"),
    path("action-plans/<int:pk>/revise/", views.actionplan_revise, name="actionplan_revise"),
    path("action-plans/<int:pk>/follow-up/", views.actionplan_follow_up, name="actionplan_follow_up"),
    path("practices/", views.EffectivePracticeListView.as_view(), name="practice_list"),
    path("practices/add/", views.EffectivePracticeCreateView.as_view(), name="practice_add"),
    path("practices/<int:pk>/", views.EffectivePracticeDetailView.as_view(), name="practice"),
    path("practices/<int:pk>/edit/", views.EffectivePracticeEditView.as_view(), name="practice_edit"),
    path("control-lists/", views.ControlListListView.as_view(), name="controllist_list"),
    path("control-lists/add/", views.ControlListCreateView.as_view(), name="controllist_add"),
    path("control-lists/<int:pk>/", views.ControlListDetailView.as_view(), name="controllist"),
    path("control-lists/<int:pk>/edit/", views.ControlListEditView.as_view(), name="controllist_edit"),
]
