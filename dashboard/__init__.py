"""dashboard — the Chinese Streamlit front end over the published warehouse.

Owns the pages (``views/``), routing (``app.py``), sign-in, the sidebar, charts and the one
data layer that opens the warehouse. It imports the application core (``jiedao``) for settings,
accounts, audit, uploads and publishing, and must never import ``ingest`` directly.
"""
