"""Data files shipped with After Hours (installed as the package ``after_hours_resources``).

Load them with :func:`availability.resources.resource_text` (``importlib.resources``), never by
a path relative to the source tree, so an installed wheel finds them too.
"""
