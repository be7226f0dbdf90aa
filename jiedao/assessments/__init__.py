"""考核评星: yearly assessment schemes as data, scored from the warehouse and by people.

- ``schemes``  — scheme definitions (YAML, one file per scheme; shipped in ``schemes/``, a user's
  own in ``<home>/schemes/``), read into frozen records and checked, with Chinese messages naming
  the file and the key
- ``facts``    — the year's figures, targets and ranks from the published warehouse (read-only)
- ``scoring``  — each criterion's points: threshold, ratio to target, rank band, or manual; where
  the points came from and what would earn more
- ``rating``   — dimension scores, stars, the level reached (达标, 十星级 …) and next-star hints
- ``records``  — manual scores with evidence and the workflow steps (社区自荐 → 街道审查 → 检查验收),
  append-only in ``<home>/assessments/``, scope-checked and audited
- ``workbook`` — the scoring workbook (XLSX)
- ``service``  — what the command and the dashboard call

Part of the application core: imports ``jiedao`` only, never the dashboard.
"""
