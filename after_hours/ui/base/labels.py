"""Words shared by several rooms: the contact log's tokens and the schedule file filter."""

from __future__ import annotations

from after_hours.availability.contacts import Channel, Classification, Kind

CHANNEL_LABELS: dict[Channel, str] = {
    Channel.TEXT: "Text message",
    Channel.EMAIL: "Email",
    Channel.PHONE: "Phone call",
    Channel.VOICEMAIL: "Voicemail",
    Channel.MESSAGING_APP: "Messaging app",
    Channel.SOCIAL_MEDIA: "Social media",
    Channel.VIDEO: "Video call",
    Channel.IN_PERSON: "In person",
    Channel.OTHER: "Other",
}

KIND_LABELS: dict[Kind, str] = {
    Kind.MESSAGE: "Message",
    Kind.CALL: "Call",
    Kind.FRIEND_REQUEST: "Friend or follow request",
    Kind.CLIENT_SEARCH: "I looked the client up online",
    Kind.GIFT: "Gift",
    Kind.OTHER_BOUNDARY: "Other boundary crossing",
}

CLASS_LABELS: dict[Classification, str] = {
    Classification.IN_HOURS: "in hours",
    Classification.ON_CALL: "on call",
    Classification.AFTER_HOURS: "off hours",
}

# The file dialogs of the Schedule page and the first-run wizard.
SCHEDULE_FILE_FILTER = "Schedules (*.toml *.ics);;TOML (*.toml);;iCalendar (*.ics)"
