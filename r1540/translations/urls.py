from django.urls import path

from r1540.translations import views

app_name = "translations"

urlpatterns = [
    path("", views.coverage, name="coverage"),
    path("<slug:app_label>.<slug:model_name>/", views.coverage_detail, name="coverage_detail"),
]
