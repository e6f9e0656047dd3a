from django.urls import path

from r1540.programme import views

app_name = "programme"

urlpatterns = [
    path("", views.programme_current, name="programme_current"),
    path("programmes/<int:pk>/", views.programme_detail, name="programme"),
    path("items/<int:pk>/", views.ProgrammeItemDetailView.as_view(), name="item"),
    path("items/<int:pk>/edit/", views.ProgrammeItemEditView.as_view(), name="item_edit"),
    path("meetings/", views.MeetingListView.as_view(), name="meeting_list"),
    path("meetings/add/", views.MeetingCreateView.as_view(), name="meeting_add"),
    path("meetings/<int:pk>/", views.MeetingDetailView.as_view(), name="meeting"),
    path("meetings/<int:pk>/edit/", views.MeetingEditView.as_view(), name="meeting_edit"),
    path("meetings/<int:pk>/notify/", views.meeting_notify, name="meeting_notify"),
    path("meetings/<int:pk>/documents/", views.document_add, name="document_add"),
    path("documents/<int:pk>/", views.document_detail, name="document"),
    path("documents/<int:pk>/circulate/", views.document_circulate, name="document_circulate"),
    path("compliance/", views.compliance, name="compliance"),
    path("calendar/", views.calendar_view, name="calendar"),
    path("calendar/public.ics", views.public_feed, name="public_feed"),
    path("calendar/<str:token>.ics", views.calendar_feed, name="calendar_feed"),
    path("review/", views.review, name="review"),
    path("working-groups/", views.working_groups, name="working_groups"),
    path("transition/", views.transition, name="transition"),
    path("letters/", views.LetterListView.as_view(), name="letter_list"),
    path("letters/templates/", views.letter_templates, name="letter_template_list"),
    path("letters/templates/<slug:code>/", views.letter_template, name="letter_template"),
    path("letters/<int:pk>/", views.LetterDetailView.as_view(), name="letter"),
    path("letters/<int:pk>/mark/", views.letter_mark, name="letter_mark"),
    path("letters/<int:pk>/letter.<str:kind>", views.letter_download, name="letter_download"),
    path("letters/batch/<str:batch>.zip", views.batch_download, name="batch_download"),
]
