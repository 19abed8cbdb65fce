"""Channels that bring client messages in by themselves, besides the mailbox.

- ``senders``: one sender map for every channel (addresses, numbers, display names).
- ``phone``: phone numbers to E.164, so a number matches however it was written.
- ``notify`` and ``kdeconnect``: what the desktop's notifications and KDE Connect's SMS
  signals carry, parsed into plain values.
- ``store``: the chosen apps, the apps seen, and each channel's live state.
- ``intake``: de-duplication and the shared intake path (triage, log, discard the text).
- ``dbus``: the jeepney adapters at the edge (imported only when a listener starts).

Nothing here imports Qt. docs/channels.md says what is read and what is kept.
"""
