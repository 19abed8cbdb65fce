"""De-identification: clients become "Client A, B, ..., Z, AA, AB..." within one report.

The letters follow the order of each client's first contact in the period, so the same data
always gives the same labels, and nothing about the pseudonyms (not even their alphabetical
order) shows through. Notes, when the user includes them, have known pseudonyms replaced too:
a note often names the client it is about.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping


def letters(index: int) -> str:
    """0 -> "A", 25 -> "Z", 26 -> "AA", 701 -> "ZZ", 702 -> "AAA" (spreadsheet columns)."""
    if index < 0:
        raise ValueError("index must be >= 0")
    out = ""
    n = index + 1
    while n:
        n, rem = divmod(n - 1, 26)
        out = chr(ord("A") + rem) + out
    return out


class ClientLabels:
    """A stable mapping from pseudonyms to labels for one report."""

    def __init__(self, clients_in_order: Iterable[str], *, identify: bool) -> None:
        self.identify = identify
        self._labels: dict[str, str] = {}
        for client in clients_in_order:
            self.add(client)

    def add(self, client: str) -> str:
        """The label of ``client``, giving it the next letter the first time it is seen."""
        if client not in self._labels:
            self._labels[client] = (
                client if self.identify else f"Client {letters(len(self._labels))}"
            )
        return self._labels[client]

    def label(self, client: str | None) -> str:
        if not client:
            return ""
        return self.add(client)

    @property
    def mapping(self) -> Mapping[str, str]:
        return dict(self._labels)

    def __len__(self) -> int:
        return len(self._labels)

    def scrub(self, text: str) -> str:
        """Replace every known pseudonym in ``text`` by its label (case-insensitive, whole words).

        Longer pseudonyms go first, so "J.D. Smith" is replaced before "J.D.".
        """
        if self.identify or not text or not self._labels:
            return text
        names = sorted(self._labels, key=len, reverse=True)
        pattern = re.compile(
            "|".join(rf"(?<!\w){re.escape(n)}(?!\w)" for n in names), flags=re.IGNORECASE
        )
        lowered = {n.lower(): lab for n, lab in self._labels.items()}
        return pattern.sub(lambda m: lowered.get(m.group(0).lower(), "a client"), text)
