"""SVG icons: state shapes for the tray and window, and the app icon."""
