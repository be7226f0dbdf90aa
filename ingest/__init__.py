"""jiedao ingest: spreadsheets from communities into DuckDB, cell by cell, with lineage."""

__version__ = "0.1.0"
