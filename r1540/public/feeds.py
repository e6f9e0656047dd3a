"""RSS and Atom feeds of what is new: reports and matrices published, events held."""

from django.contrib.syndication.views import Feed
from django.urls import reverse_lazy
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from r1540.public.selectors import news


class NewsFeed(Feed):
    title = _("1540 Committee: what's new")
    link = reverse_lazy("public:home")
    description = _("National reports and 1540 matrices published, and outreach events held.")

    def items(self):
        return news(40)

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.description

    def item_link(self, item):
        return item.url

    def item_guid(self, item):
        return "{}#{}".format(item.url, item.date.isoformat())

    def item_categories(self, item):
        return [item.category]


class NewsAtomFeed(NewsFeed):
    feed_type = Atom1Feed
    subtitle = NewsFeed.description
