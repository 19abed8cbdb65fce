"""Words for the contact log's tokens, shared by the quick-log and the Contacts page."""

from __future__ import annotations

from availability.contacts import Channel, Classification, Kind

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
