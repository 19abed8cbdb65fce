"""The tray's and Today's line about a subscribed calendar that could not be refreshed.

Kept apart from :mod:`after_hours.ui.widgets.calendar_subscription` (the settings group, which
imports the feed service with icalendar and keyring): the tray and Today draw this line before
the first paint, and most profiles have no subscription at all.
"""

from __future__ import annotations

from after_hours.ui.base.services import Services


def calendar_problem(services: Services) -> str | None:
    """The sentence "calendar not updated since ...: why" for the tray and Today, or None."""
    doc = services.settings.get("calendar.subscription")
    if not doc:
        return None
    from after_hours.availability.calendars.subscription import SubscriptionState

    return SubscriptionState.from_dict(doc).problem(services.display_zone())
