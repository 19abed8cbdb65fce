"""Data files shipped with After Hours (the package ``after_hours.resources``).

Load them with :func:`after_hours.availability.resources.resource_text`
(``importlib.resources``), never by a path relative to the source tree, so an installed wheel
finds them too.
"""
