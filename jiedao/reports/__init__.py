"""一数多用: the departments' own forms, filled from the published warehouse.

- ``forms``    — form definitions (YAML, one file per form; shipped in ``forms/``, a user's own in
  ``<home>/forms/``), read into frozen records and checked against the catalogue
- ``periods``  — periods as forms need them: months of a period, labels, due dates
- ``filling``  — a form's rows, totals, checks and lineage from the warehouse
- ``workbook`` — the filled form as an XLSX the department recognizes
- ``service``  — what the command and the dashboard call: list, render, the reporting calendar
"""
