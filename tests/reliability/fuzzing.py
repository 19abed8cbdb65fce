"""Hypothesis settings for the hostile-input suites: short in ``make test``, long on request.

``HYPOTHESIS_PROFILE=long`` (``make fuzz``) multiplies every suite's examples by 40. The short
runs keep all the fuzz suites together well under two minutes on a loaded two-core machine.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

LONG = os.environ.get("HYPOTHESIS_PROFILE", "") == "long"


def fuzz(examples: int) -> settings:
    """Settings for one fuzz test: ``examples`` in the short run, 40 times more in the long."""
    return settings(
        max_examples=examples * 40 if LONG else examples,
        deadline=None,
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.large_base_example,
            HealthCheck.function_scoped_fixture,
        ],
    )
