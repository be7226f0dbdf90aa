-- One row per community × indicator × month that was expected: status reported (on time), late
-- (the file was modified after day submission_due_day of the next month) or missing. An
-- indicator is expected from every community in a month when some community reported it.
-- `monthly` is read twice, each time straight from the table (not materialized: a CTE copy of
-- every monthly value with its lineage spilled at 30,000 communities).
with monthly as {{ inline_cte() }} (
    select community_code, indicator_code, period, period_index, source_file, source_sheet,
           source_cell, file_mtime
    from {{ ref('int_period_values') }}
    where grain = 'month'
),

expected_indicators as (
    select distinct period, period_index, indicator_code from monthly
)

select
    communities.community_code,
    communities.community_name,
    communities.street_code,
    expected_indicators.period,
    expected_indicators.period_index,
    expected_indicators.indicator_code,
    {{ dbt.dateadd('day', var('submission_due_day') - 1,
        dbt.dateadd('month', 1, month_start('expected_indicators.period'))) }} as due_date,
    monthly.file_mtime,
    case
        when monthly.community_code is null then 'missing'
        when monthly.file_mtime is not null and cast(monthly.file_mtime as date) > {{
            dbt.dateadd('day', var('submission_due_day') - 1,
                dbt.dateadd('month', 1, month_start('expected_indicators.period'))) }} then 'late'
        else 'reported'
    end as status,
    monthly.source_file,
    monthly.source_sheet,
    monthly.source_cell
from {{ ref('dim_community') }} as communities
cross join expected_indicators
left join monthly
    on monthly.community_code = communities.community_code
    and monthly.period = expected_indicators.period
    and monthly.indicator_code = expected_indicators.indicator_code
