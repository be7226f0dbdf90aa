"""ingest — the loaders: a spreadsheet in, raw cells, values and problems out, with lineage.

Owns reading files (readers), finding tables and reading headers, periods, communities and
values (layout and its helpers), the problem codes, and writing one batch into the raw DuckDB
store (writer, store). It must not import the application core (``jiedao``) or the dashboard:
what it needs to know about where it runs comes in as ``ingest.config.LoaderSettings``.
"""

__version__ = "0.1.0"
