"""Phone history imports: SMS Backup & Restore XML and CSV, into the contact log.

``phone_backup`` streams the Android backup files into plain records, ``senders`` turns a
number, address or name into a client's pseudonym, and ``importer`` triages, de-duplicates
and logs the records in one transaction (docs/channels.md).
"""
