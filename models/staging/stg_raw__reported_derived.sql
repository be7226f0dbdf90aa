-- Derived cells as the sheets report them (办结率 95.2%), kept by ingest to be checked against the
-- rate the warehouse computes (mart_quality_findings, derived_mismatch); never a value.
-- Only cells with a registered community and a period can be checked.
select
    file_sha256,
    batch_id,
    file_name,
    sheet,
    cell_ref,
    header_text,
    raw_text,
    community_code,
    indicator_code,
    period_grain,
    period,
    value,
    coalesce(rounding, 0) as rounding,
    coalesce(is_cumulative, false) as is_cumulative
from {{ source('raw', 'reported_derived') }}
where community_code in (select community_code from {{ source('raw', 'registry_communities') }})
  and period is not null
  and period_grain in ('month', 'quarter', 'year')
  and value is not null
