"""After Hours' domain: schedules, contacts, indicators, triage and their services.

Pure Python. Nothing here imports Qt or ``after_hours.ui``; an import-linter contract in
``make test`` keeps it that way, so every service can run headless from the CLI and tests.
"""

__version__ = "0.1.0"
