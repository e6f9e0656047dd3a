from django.urls import path

from r1540.analytics import views

app_name = "analytics"

urlpatterns = [
    path("", views.website_use, name="website_use"),
]
