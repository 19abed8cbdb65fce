"""``python -m ui`` runs the same entry point as ``after-hours``."""

from ui.main import main

raise SystemExit(main())
