"""``Qt`` (the namespace of Qt's enums) built on first use, and enum properties set by name.

PySide builds the Python enum types of a class the first time the class is reached. For
``Qt`` that is 93 enum classes with 1,195 members, about 20 ms of CPU (a sixth of a bare
window's whole start), paid by the first ``from PySide6.QtCore import Qt`` anywhere, even
for one flag. The first paint needs none of them (docs/benchmarks.md, fifth round), so the
modules imported before it take ``Qt`` from here: the same namespace, fetched from PySide
the first time one of its attributes is read (a dialog opened, the wheel guard installed).
Type checkers see PySide's own ``Qt``.

What the first frame does need, a label's text format or a widget's focus policy, is set
with :func:`set_enum_property`: by the property's name and the enum key's name, as a
Designer file or a style sheet's ``qproperty-`` sets it. Qt's meta-object system converts
the name, so no Python enum type is built. Note that passing an enum as an argument of an
overloaded method (``QImage.fill``, ``QPainter.fillRect``) builds the namespace too, while
PySide tries the overloads.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from PySide6.QtCore import Qt
else:

    class _LateNamespace:
        """Reads each attribute from PySide's ``Qt``, which PySide builds on the first read."""

        __slots__ = ()

        def __getattr__(self, name: str) -> Any:
            from PySide6.QtCore import Qt

            return getattr(Qt, name)

        def __repr__(self) -> str:
            return "<Qt, built on first use>"

    Qt = _LateNamespace()

__all__ = ["Qt", "set_enum_property"]


def set_enum_property(obj: QObject, name: str, keys: str) -> None:
    """Set the enum (or flags) property ``name`` to ``keys`` ("PlainText", "A|B"), by name.

    Raises ValueError when Qt refuses it (no such property, or no such key), so a typo fails
    at once in the tests instead of leaving the default silently.
    """
    if not obj.setProperty(name, keys):
        raise ValueError(f"{type(obj).__name__} has no enum property {name!r} taking {keys!r}")
