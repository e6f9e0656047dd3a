from django.urls import path

from r1540.assistance import views

app_name = "assistance"

urlpatterns = [
    path("requests/", views.AssistanceRequestListView.as_view(), name="request_list"),
    path("requests/add/", views.AssistanceRequestCreateView.as_view(), name="request_add"),
    path("requests/<int:pk>/", views.AssistanceRequestDetailView.as_view(), name="request"),
    path("requests/<int:pk>/edit/", views.AssistanceRequestEditView.as_view(), name="request_edit"),
    path("requests/<int:pk>/move/", views.request_move, name="request_move"),
    path("requests/<int:pk>/propose/", views.request_propose, name="request_propose"),
    path("requests/<int:pk>/feedback/", views.request_feedback, name="request_feedback"),
    path("requests/<int:pk>/communications/", views.communication_add, name="communication_add"),
    path("offers/", views.AssistanceOfferListView.as_view(), name="offer_list"),
    path("offers/add/", views.AssistanceOfferCreateView.as_view(), name="offer_add"),
    path("offers/<int:pk>/", views.AssistanceOfferDetailView.as_view(), name="offer"),
    path("offers/<int:pk>/edit/", views.AssistanceOfferEditView.as_view(), name="offer_edit"),
    path("offers/<int:pk>/move/", views.offer_move, name="offer_move"),
    path("matches/<int:pk>/move/", views.match_move, name="match_move"),
    path("quarterly/", views.quarterly, name="quarterly"),
]
