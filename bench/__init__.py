"""Benchmarks, run together with ``make bench`` (``python -m bench``).

Each ``bench/bench_*.py`` module has ``run() -> list[Result]``; ``python -m bench`` imports
them all, runs them and prints one table of measurements and ratios (against a baseline
measured in the same run on the same machine, so the figures travel between machines).
"""
