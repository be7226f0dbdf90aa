-- One row per community × month × indicator: the current value in the canonical unit with its
-- lineage. Base indicators come from direct monthly figures or differenced year-to-date ones;
-- derived indicators are recomputed from their parts for the month (a directly reported rate
-- is used only when its parts are missing).
-- The monthly values are read straight from the table by each part below (CTEs not
-- materialized: a copy of every value with its lineage spilled at 30,000 communities).
with monthly as {{ inline_cte() }} (
    select * from {{ ref('int_period_values') }} where grain = 'month'
),

catalogue as (
    select * from {{ ref('stg_seed__indicators') }}
),

base as {{ inline_cte() }} (
    select monthly.*
    from monthly
    inner join catalogue on catalogue.indicator_code = monthly.indicator_code
    where catalogue.kind <> 'derived'
),

computed as (
    {{ derive_indicators('base', ['community_code', 'period', 'period_year', 'period_index'],
        ['source_file', 'source_sheet', 'source_cell', 'file_sha256', 'batch_id', 'ingested_at']) }}
),

reported_derived as (
    select monthly.*
    from monthly
    inner join catalogue on catalogue.indicator_code = monthly.indicator_code
    where catalogue.kind = 'derived'
        and not exists (
            select 1 from computed
            where computed.community_code = monthly.community_code
                and computed.period = monthly.period
                and computed.indicator_code = monthly.indicator_code
        )
),

all_values as (
    select
        community_code, period, period_year, period_index, indicator_code, value, is_approximate,
        value_origin, source_file, source_sheet, source_cell, raw_text, file_sha256, batch_id,
        ingested_at
    from base
    union all
    select
        community_code, period, period_year, period_index, indicator_code, value, is_approximate,
        'computed', source_file, source_sheet, source_cell, null, file_sha256, batch_id,
        ingested_at
    from computed
    union all
    select
        community_code, period, period_year, period_index, indicator_code, value, is_approximate,
        value_origin, source_file, source_sheet, source_cell, raw_text, file_sha256, batch_id,
        ingested_at
    from reported_derived
)

select
    all_values.community_code,
    communities.community_name,
    communities.street_code,
    communities.street_name,
    communities.city_code,
    all_values.period,
    all_values.period_year,
    all_values.period_index,
    all_values.indicator_code,
    indicators.indicator_name,
    all_values.value,
    indicators.unit,
    indicators.kind,
    all_values.is_approximate,
    all_values.value_origin,
    all_values.source_file,
    all_values.source_sheet,
    all_values.source_cell,
    all_values.raw_text,
    all_values.file_sha256,
    all_values.batch_id,
    all_values.ingested_at
from all_values
left join {{ ref('dim_community') }} as communities
    on communities.community_code = all_values.community_code
left join {{ ref('dim_indicator') }} as indicators
    on indicators.indicator_code = all_values.indicator_code
