"""Put an existing page's content into a scroll area (pages that grew taller than a screen).

The pages of part 1 lay out straight onto the widget; part 2 adds groups to them (the
dashboard on Today, thresholds and backups on Settings) and then calls :func:`make_scrollable`
so a laptop screen still reaches everything, without rewriting those pages.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLayout, QScrollArea, QVBoxLayout, QWidget

from after_hours.ui.base.qt_namespace import set_enum_property


def make_scrollable(page: QWidget) -> QScrollArea:
    """Move every item of ``page``'s layout into a scroll area that becomes its only child."""
    outer = page.layout()
    assert isinstance(outer, QVBoxLayout)
    inner = QWidget()
    inner_layout = QVBoxLayout(inner)
    inner_layout.setSpacing(outer.spacing())
    stretches = [outer.stretch(i) for i in range(outer.count())]
    while outer.count():
        item = outer.takeAt(0)
        if item.widget() is not None:
            inner_layout.addWidget(item.widget())
        elif isinstance(item.layout(), QLayout):
            inner_layout.addLayout(item.layout())
        else:
            inner_layout.addItem(item)
    for i, stretch in enumerate(stretches):
        inner_layout.setStretch(i, stretch)  # the trailing stretch keeps content at the top
    scroll = QScrollArea()
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidgetResizable(True)
    # Not a Tab stop of its own: it showed no focus ring and swallowed a Tab press (issue
    # 17). Tabbing through the page's fields scrolls each into view.
    set_enum_property(scroll, "focusPolicy", "NoFocus")  # before the first paint: by name
    scroll.setWidget(inner)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return scroll
