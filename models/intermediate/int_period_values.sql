-- One value per community × grain × period × indicator as reported for that period alone:
-- direct figures as they are, year-to-date figures differenced within the year
-- (cum(n) - cum(n-1); the first month/quarter of the year is cum itself). A period whose previous
-- cumulative is missing gets no value here (it is a gap, see int_ytd_gaps). A direct figure wins
-- over one derived from cumulatives.
-- Every observation passes through here once: the direct figures are streamed, not
-- materialized as a CTE (a materialized copy of every current value was 8 of 10 s at 3,000
-- communities and spilled at 30,000); only the year-to-date rows, which join themselves, are.
with direct as {{ inline_cte() }} (
    select * from {{ ref('int_observations_current') }} where not is_cumulative
),

cumulative as (
    select * from {{ ref('int_observations_current') }} where is_cumulative
),

differenced as (
    select
        this_period.*,
        case
            when this_period.period_position = 1 then this_period.value
            when previous_period.value is not null then this_period.value - previous_period.value
        end as period_value,
        case
            when this_period.is_approximate or coalesce(previous_period.is_approximate, false)
                then true
            else false
        end as period_is_approximate
    from cumulative as this_period
    left join cumulative as previous_period
        on previous_period.community_code = this_period.community_code
        and previous_period.indicator_code = this_period.indicator_code
        and previous_period.period_grain = this_period.period_grain
        and previous_period.period_year = this_period.period_year
        and previous_period.period_position = this_period.period_position - 1
)

select
    community_code, indicator_code, period_grain as grain, period, period_year, period_index,
    value, is_approximate, 'reported' as value_origin,
    file_name as source_file, sheet as source_sheet, cell_ref as source_cell, raw_text,
    file_sha256, batch_id, ingested_at, file_mtime
from direct

union all

select
    differenced.community_code, differenced.indicator_code, differenced.period_grain,
    differenced.period, differenced.period_year, differenced.period_index,
    differenced.period_value, differenced.period_is_approximate, 'ytd_difference',
    differenced.file_name, differenced.sheet, differenced.cell_ref, differenced.raw_text,
    differenced.file_sha256, differenced.batch_id, differenced.ingested_at, differenced.file_mtime
from differenced
where differenced.period_value is not null
    and not exists (
        select 1 from direct
        where direct.community_code = differenced.community_code
            and direct.indicator_code = differenced.indicator_code
            and direct.period_grain = differenced.period_grain
            and direct.period = differenced.period
    )
