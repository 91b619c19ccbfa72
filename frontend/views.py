"""Pages. The physician workspace, arbitration desk and console come with the frontend issue."""
from django.shortcuts import render

from annotation.models import Campaign


def index(request):
    campaigns = Campaign.objects.filter(is_active=True).order_by("name")[:20]
    return render(request, "frontend/index.html", {"campaigns": campaigns})
