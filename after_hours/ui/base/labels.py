"""Words shared by several rooms: the contact log's tokens and the schedule file filter.

The tables hold the English, marked with ``QT_TRANSLATE_NOOP`` so ``pyside6-lupdate`` puts them
in the catalogue under one context ("Labels"); :func:`channel_label`, :func:`kind_label` and
:func:`class_label` translate them where they are shown, so every room shows the same French.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from after_hours.availability.contacts import Channel, Classification, Kind

CHANNEL_LABELS: dict[Channel, str] = {
    Channel.TEXT: QT_TRANSLATE_NOOP("Labels", "Text message"),
    Channel.EMAIL: QT_TRANSLATE_NOOP("Labels", "Email"),
    Channel.PHONE: QT_TRANSLATE_NOOP("Labels", "Phone call"),
    Channel.VOICEMAIL: QT_TRANSLATE_NOOP("Labels", "Voicemail"),
    Channel.MESSAGING_APP: QT_TRANSLATE_NOOP("Labels", "Messaging app"),
    Channel.SOCIAL_MEDIA: QT_TRANSLATE_NOOP("Labels", "Social media"),
    Channel.VIDEO: QT_TRANSLATE_NOOP("Labels", "Video call"),
    Channel.IN_PERSON: QT_TRANSLATE_NOOP("Labels", "In person"),
    Channel.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
}

KIND_LABELS: dict[Kind, str] = {
    Kind.MESSAGE: QT_TRANSLATE_NOOP("Labels", "Message"),
    Kind.CALL: QT_TRANSLATE_NOOP("Labels", "Call"),
    Kind.FRIEND_REQUEST: QT_TRANSLATE_NOOP("Labels", "Friend or follow request"),
    Kind.CLIENT_SEARCH: QT_TRANSLATE_NOOP("Labels", "I looked the client up online"),
    Kind.GIFT: QT_TRANSLATE_NOOP("Labels", "Gift"),
    Kind.OTHER_BOUNDARY: QT_TRANSLATE_NOOP("Labels", "Other boundary crossing"),
}

CLASS_LABELS: dict[Classification, str] = {
    Classification.IN_HOURS: QT_TRANSLATE_NOOP("Labels", "in hours"),
    Classification.ON_CALL: QT_TRANSLATE_NOOP("Labels", "on call"),
    Classification.AFTER_HOURS: QT_TRANSLATE_NOOP("Labels", "off hours"),
}


# The burnout indicators' words on the Reports and Settings pages, by indicator name.
INDICATOR_LABELS = {
    "after_hours_contacts": QT_TRANSLATE_NOOP("Indicators", "after-hours contacts"),
    "after_hours_minutes": QT_TRANSLATE_NOOP("Indicators", "after-hours minutes"),
    "after_hours_share": QT_TRANSLATE_NOOP("Indicators", "share of contacts after hours (%)"),
    "evenings": QT_TRANSLATE_NOOP("Indicators", "evenings touched"),
    "nights": QT_TRANSLATE_NOOP("Indicators", "nights touched"),
    "weekend_days": QT_TRANSLATE_NOOP("Indicators", "weekend days touched"),
    "days_since_disconnected": QT_TRANSLATE_NOOP("Indicators", "days since a disconnected day"),
    "longest_run": QT_TRANSLATE_NOOP("Indicators", "longest run of days with after-hours contact"),
    "quick_replies": QT_TRANSLATE_NOOP("Indicators", "quick after-hours replies"),
    "crisis_contacts": QT_TRANSLATE_NOOP("Indicators", "crisis contacts"),
    "boundary_events": QT_TRANSLATE_NOOP("Indicators", "boundary events"),
    "on_call_contacts": QT_TRANSLATE_NOOP("Indicators", "on-call contacts"),
    "on_call_minutes": QT_TRANSLATE_NOOP("Indicators", "on-call minutes"),
    "total_contacts": QT_TRANSLATE_NOOP("Indicators", "all contacts"),
}


def indicator_label(name: str) -> str:
    """An indicator in lower case ("evenings touched", "soirées touchées")."""
    text = INDICATOR_LABELS.get(name, name.replace("_", " "))
    return QCoreApplication.translate("Indicators", text)  # tr: noop


def channel_label(channel: Channel) -> str:
    """A channel as the interface names it: "Text message", "Texto"."""
    return QCoreApplication.translate(
        "Labels", CHANNEL_LABELS.get(channel, str(channel))
    )  # tr: noop


def kind_label(kind: Kind) -> str:
    """What happened, as the interface names it: "Call", "Appel"."""
    return QCoreApplication.translate("Labels", KIND_LABELS.get(kind, str(kind)))  # tr: noop


def class_label(classification: Classification) -> str:
    """When a contact came, in lower case for inside a sentence: "off hours"."""
    text = CLASS_LABELS.get(classification, str(classification))
    return QCoreApplication.translate("Labels", text)  # tr: noop


# The file dialogs of the Schedule page and the first-run wizard.
SCHEDULE_FILE_FILTER = QT_TRANSLATE_NOOP(
    "Labels", "Schedules (*.toml *.ics);;TOML (*.toml);;iCalendar (*.ics)"
)


def schedule_file_filter() -> str:
    """The schedule file dialogs' filter in the interface's language ("Horaires (*.toml ...)")."""
    return QCoreApplication.translate("Labels", SCHEDULE_FILE_FILTER)  # tr: noop
