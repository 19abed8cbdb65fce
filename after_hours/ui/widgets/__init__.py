"""Widgets shared by pages and dialogs: charts, the week editor, table models, form parts.

Widgets import no page, dialog or shell module: what a widget cannot do itself it signals.
"""
