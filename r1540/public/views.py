"""The public website: read-only pages over published data."""

from django.shortcuts import render

from r1540.directory.selectors import directory_figures


def home(request):
    return render(request, "public/home.html", {"figures": directory_figures()})
