"""What a benchmark reports: a measurement, optionally as a ratio to a baseline and a target."""

from __future__ import annotations

import statistics
from dataclasses import dataclass


@dataclass(frozen=True)
class Result:
    """One figure, optionally against a baseline measured in the same run.

    ``ratio`` is ``value / baseline``; ``target`` is the highest acceptable ratio (or, without
    a baseline, the highest acceptable value).
    """

    name: str
    value: float
    unit: str
    baseline: float | None = None
    baseline_name: str = ""
    target: float | None = None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.baseline is None or self.baseline == 0:
            return None
        return self.value / self.baseline

    @property
    def ok(self) -> bool | None:
        if self.target is None:
            return None
        measured = self.ratio if self.ratio is not None else self.value
        return measured <= self.target

    def row(self) -> list[str]:
        ratio = f"{self.ratio:.2f}x {self.baseline_name}" if self.ratio is not None else ""
        target = ""
        if self.target is not None:
            target = f"<= {self.target:g}{'x' if self.baseline is not None else ' ' + self.unit}"
            target += "  ok" if self.ok else "  OVER"
        return [self.name, f"{self.value:.3g} {self.unit}", ratio, target, self.note]


def median(values: list[float]) -> float:
    return statistics.median(values)
