"""Benchmarks (``make bench`` / ``python -m bench``): ingest, build, dashboard, rank uncertainty.

Not tests: they time things and write docs/benchmarks.md. Every measured step runs in a child
process (bench.child) so its wall time and peak memory are its own.
"""
