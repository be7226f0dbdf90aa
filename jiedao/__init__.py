"""jiedao — the application core: everything that is neither loading a file nor drawing a page.

Owns the one settings object, the ``jiedao`` command, accounts and roles, the audit log,
building and publishing the warehouse, exports, status, uploads, fill-in templates, registry
import and the demo inbox. It may import ``ingest`` (the loaders) and must not import the
dashboard; the dashboard imports from here and never from ``ingest``.
"""

__version__ = "0.1.0"
