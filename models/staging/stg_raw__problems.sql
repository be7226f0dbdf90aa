-- Every problem found while reading files, as stored by ingest.
select file_sha256, batch_id, file_name, sheet, cell_ref, problem_code, severity, message, raw_text
from {{ source('raw', 'problems') }}
