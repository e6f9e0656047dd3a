from django.urls import path

from r1540.public import views

app_name = "public"

urlpatterns = [
    path("", views.home, name="home"),
]
