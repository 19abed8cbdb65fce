"""``python -m after_hours`` runs the same entry point as ``after-hours``."""

from after_hours.ui.main import main

raise SystemExit(main())
