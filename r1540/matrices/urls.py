from django.urls import path

from r1540.matrices import views

app_name = "matrices"

urlpatterns = [
    path("", views.MatrixVersionListView.as_view(), name="version_list"),
    path("templates/", views.template_list, name="template_list"),
    path("templates/<slug:code>/", views.template_detail, name="template"),
    path("<str:code>/<int:number>/", views.MatrixVersionDetailView.as_view(), name="version"),
    path("<str:code>/<int:number>/diff/", views.version_diff, name="version_diff"),
]
