from django.urls import path

from r1540.matrices import views

app_name = "matrices"

urlpatterns = [
    path("", views.MatrixVersionListView.as_view(), name="version_list"),
    path("trends/", views.trends, name="trends"),
    path("review/", views.review, name="review"),
    path("templates/", views.template_list, name="template_list"),
    path("published.<str:kind>", views.published_export, name="published_export"),
    path("adherence-check/", views.adherence_check, name="adherence_check"),
    path("templates/<slug:code>/", views.template_detail, name="template"),
    path("<str:code>/<int:number>/", views.MatrixVersionDetailView.as_view(), name="version"),
    path("<str:code>/<int:number>/diff/", views.version_diff, name="version_diff"),
    path("<str:code>/<int:number>/workbook/", views.version_workbook, name="version_workbook"),
    path("<str:code>/<int:number>/document.<str:kind>", views.version_document, name="version_document"),
    path("<str:code>/<int:number>/upload/", views.version_upload, name="version_upload"),
    path("<str:code>/<int:number>/upload/confirm/", views.version_upload_confirm, name="version_upload_confirm"),
    path("<str:code>/<int:number>/respond/", views.field_respond, name="field_respond"),
    path("<str:code>/<int:number>/field/", views.field_edit, name="field_edit"),
    path("<str:code>/<int:number>/<slug:action>/", views.version_action, name="version_action"),
]
