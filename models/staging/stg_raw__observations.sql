-- Every loaded value cell with its period position; versions are resolved in intermediate.
-- Only values with a registered community, a period and a magnitude a count or an amount can
-- have pass: the loader reports anything else as a problem, and no row may stop a build.
select
    file_sha256,
    batch_id,
    file_name,
    sheet,
    cell_ref,
    header_text,
    community_text,
    period_text,
    raw_text,
    community_code,
    community_match,
    indicator_code,
    period_grain,
    period,
    value,
    coalesce(is_cumulative, false) as is_cumulative,
    coalesce(is_approximate, false) as is_approximate,
    file_mtime,
    ingested_at,
    {{ period_year('period') }} as period_year,
    {{ period_index('period_grain', 'period') }} as period_index,
    {{ period_position_in_year('period_grain', 'period') }} as period_position
from {{ source('raw', 'observations') }}
where community_code in (select community_code from {{ source('raw', 'registry_communities') }})
  and period is not null
  and period_grain in ('month', 'quarter', 'year')
  and abs(value) < 1e15
