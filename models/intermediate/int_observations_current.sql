-- The current version of each observed value (one row per community, indicator, grain, period,
-- is_cumulative), with the number of versions in its batch (conflicts), worked out in
-- int_observation_versions for the few keys with competitors.
-- A view: its readers filter it (is_cumulative) or copy it once (int_period_values); a table
-- wrote every current observation again.
{{ config(materialized='view') }}
select
    file_sha256,
    batch_id,
    file_name,
    sheet,
    cell_ref,
    raw_text,
    community_code,
    indicator_code,
    period_grain,
    period,
    period_year,
    period_index,
    period_position,
    value,
    is_cumulative,
    is_approximate,
    file_mtime,
    ingested_at,
    versions_in_batch,
    distinct_values_in_batch
from {{ ref('int_observation_versions') }}
where is_keyed and version_rank = 1
