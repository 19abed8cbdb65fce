"""The main window's built-in pages. Imported only when a page is first shown (see ui.pages)."""
