-- Base (non-derived) indicators per community × grain × period: months as reported, quarters
-- and years rolled up (flow = sum, stock = last reported) unless reported directly for that
-- quarter/year, in which case the direct figure wins.
with catalogue as (
    select indicator_code, kind from {{ ref('stg_seed__indicators') }} where kind <> 'derived'
),

-- period_values and months are read several times, each time straight from the table (not
-- materialized: a CTE copy of every value spilled at 30,000 communities).
period_values as {{ inline_cte() }} (
    select period_values.*, catalogue.kind
    from {{ ref('int_period_values') }} as period_values
    inner join catalogue on catalogue.indicator_code = period_values.indicator_code
),

months as {{ inline_cte() }} (
    select
        community_code, indicator_code, kind, 'month' as grain, period, period_index, value,
        is_approximate, 1 as months_reported
    from period_values
    where grain = 'month'
),

quarters_from_months as (
    {{ rollup_periods('months', month_to_quarter('child.period')) }}
),

quarters as (
    select
        community_code, indicator_code, kind, 'quarter' as grain, period,
        {{ period_index("'quarter'", 'period') }} as period_index, value, is_approximate,
        3 as months_reported
    from period_values
    where grain = 'quarter'
    union all
    select
        rolled.community_code, rolled.indicator_code, rolled.kind, 'quarter', rolled.period,
        {{ period_index("'quarter'", 'rolled.period') }},
        rolled.value, case when rolled.approximate_flag = 1 then true else false end,
        rolled.months_reported
    from quarters_from_months as rolled
    where not exists (
        select 1 from period_values as direct
        where direct.grain = 'quarter'
            and direct.community_code = rolled.community_code
            and direct.indicator_code = rolled.indicator_code
            and direct.period = rolled.period
    )
),

years_from_quarters as (
    {{ rollup_periods('quarters', quarter_to_year('child.period')) }}
),

years as (
    select
        community_code, indicator_code, kind, 'year' as grain, period,
        {{ period_index("'year'", 'period') }} as period_index, value, is_approximate,
        12 as months_reported
    from period_values
    where grain = 'year'
    union all
    select
        rolled.community_code, rolled.indicator_code, rolled.kind, 'year', rolled.period,
        {{ period_index("'year'", 'rolled.period') }},
        rolled.value, case when rolled.approximate_flag = 1 then true else false end,
        rolled.months_reported
    from years_from_quarters as rolled
    where not exists (
        select 1 from period_values as direct
        where direct.grain = 'year'
            and direct.community_code = rolled.community_code
            and direct.indicator_code = rolled.indicator_code
            and direct.period = rolled.period
    )
)

select * from months
union all
select * from quarters
union all
select * from years
