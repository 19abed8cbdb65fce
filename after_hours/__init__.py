"""After Hours: hours, an off-hours contact log, burnout indicators and crisis scripts.

The one import package the project installs. Inside it:

- :mod:`after_hours.availability`: the domain and its services, pure Python (no Qt);
- :mod:`after_hours.ui`: the PySide6 desktop layer and the ``after-hours`` entry point;
- :mod:`after_hours.resources`: shipped data (crisis lines, templates, lexicons, icons).

``docs/architecture.md`` says what each part may import and where new code goes.
"""
