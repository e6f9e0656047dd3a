from django.urls import path

from r1540.search import views

app_name = "search"

urlpatterns = [
    path("", views.search, name="search"),
]
