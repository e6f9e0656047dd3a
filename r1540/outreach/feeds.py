"""RSS and Atom feeds of the published events, in the language of the URL."""

from django.contrib.syndication.views import Feed
from django.urls import reverse_lazy
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from r1540.core.permissions import policy_for
from r1540.outreach.models import Event


class EventsFeed(Feed):
    title = _("1540 Committee: outreach events")
    link = reverse_lazy("outreach:event_list")
    description = _("Workshops, conferences, visits and training courses of the 1540 Committee.")

    def items(self):
        return policy_for(Event).visible(None, Event.objects.all()).order_by("-start_date", "code")[:50]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.description or item.curriculum

    def item_pubdate(self, item):
        return None

    def item_categories(self, item):
        return [item.get_kind_display()]


class EventsAtomFeed(EventsFeed):
    feed_type = Atom1Feed
    subtitle = EventsFeed.description
