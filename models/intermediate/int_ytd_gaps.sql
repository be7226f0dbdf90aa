-- Year-to-date figures that cannot be turned into a period value because the previous
-- month's (quarter's) cumulative is missing; nothing is invented for them.
with cumulative as (
    select * from {{ ref('int_observations_current') }} where is_cumulative
)

select
    this_period.community_code, this_period.indicator_code, this_period.period_grain as grain,
    this_period.period, this_period.value, this_period.raw_text,
    this_period.file_name as source_file, this_period.sheet as source_sheet,
    this_period.cell_ref as source_cell
from cumulative as this_period
left join cumulative as previous_period
    on previous_period.community_code = this_period.community_code
    and previous_period.indicator_code = this_period.indicator_code
    and previous_period.period_grain = this_period.period_grain
    and previous_period.period_year = this_period.period_year
    and previous_period.period_position = this_period.period_position - 1
where this_period.period_position > 1 and previous_period.community_code is null
