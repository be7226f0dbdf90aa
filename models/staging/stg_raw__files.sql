-- Every submitted file, one row per content hash.
select
    file_sha256, file_name, file_path, size_bytes, file_format, encoding, file_mtime, batch_id,
    ingested_at, status, cells_nonempty, cells_value, cells_label, cells_problem, values_loaded,
    problems
from {{ source('raw', 'files') }}
