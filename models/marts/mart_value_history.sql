-- Every version of every loaded value (current or superseded), for the lineage view.
-- A view: the versions are already a table (int_observation_versions); a second copy of every
-- observation took 85 s of a 30,000-community build, and the dashboard reads one community.
{{ config(materialized='view') }}
select
    community_code,
    period_grain,
    period,
    indicator_code,
    value,
    raw_text,
    file_name as source_file,
    sheet as source_sheet,
    cell_ref as source_cell,
    file_sha256,
    batch_id,
    ingested_at,
    file_mtime,
    is_cumulative,
    is_approximate,
    version_rank,
    case when is_keyed and version_rank = 1 then true else false end as is_current
from {{ ref('int_observation_versions') }}
