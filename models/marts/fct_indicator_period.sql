-- One row per level (community/street/city) × unit × grain (month/quarter/year) × period ×
-- indicator. Communities: base indicators rolled up over time (flow = sum, stock = last reported);
-- streets and the city: the sum of their communities' values for the same grain and period.
-- Derived indicators (rates, per-thousand) are recomputed from the rolled-up parts at every
-- level and grain — never averaged. Street and city sums are exact (decimal) sums: a double sum
-- must not depend on the order rows arrive in (rebuilds are bit-identical), and an ordered
-- aggregate (sum ... order by) sorted every group (21 s of a 62 s build at 3,000 communities).
with communities as (
    select * from {{ ref('dim_community') }}
),

community_base as (
    select
        base.community_code as unit_code, communities.street_code, communities.city_code,
        base.grain, base.period, base.period_index, base.indicator_code, base.value,
        base.is_approximate, base.months_reported, 1 as communities_reported
    from {{ ref('int_community_period_base') }} as base
    inner join communities on communities.community_code = base.community_code
),

street_base as (
    select
        street_code as unit_code, street_code, city_code, grain, period, period_index,
        indicator_code, {{ exact_sum("value") }} as value,
        case when max(case when is_approximate then 1 else 0 end) = 1 then true else false end
            as is_approximate,
        max(months_reported) as months_reported,
        count(*) as communities_reported
    from community_base
    group by street_code, city_code, grain, period, period_index, indicator_code
),

city_base as (
    select
        city_code as unit_code, cast(null as {{ type_text() }}) as street_code, city_code, grain, period,
        period_index, indicator_code, {{ exact_sum("value") }} as value,
        case when max(case when is_approximate then 1 else 0 end) = 1 then true else false end
            as is_approximate,
        max(months_reported) as months_reported,
        count(*) as communities_reported
    from community_base
    group by city_code, grain, period, period_index, indicator_code
),

all_base as (
    select 'community' as level, * from community_base
    union all
    select 'street', * from street_base
    union all
    select 'city', * from city_base
),

derived as (
    {{ derive_indicators('all_base',
        ['level', 'unit_code', 'street_code', 'city_code', 'grain', 'period', 'period_index'],
        ['communities_reported'], ['months_reported'],
        nullable_keys=['unit_code', 'street_code', 'city_code']) }}
),

all_values as (
    select
        level, unit_code, street_code, city_code, grain, period, period_index, indicator_code,
        value, is_approximate, months_reported, communities_reported
    from all_base
    union all
    select
        level, unit_code, street_code, city_code, grain, period, period_index, indicator_code,
        value, is_approximate, months_reported, communities_reported
    from derived
)

select
    all_values.level,
    all_values.unit_code,
    coalesce(communities.community_name, streets.street_name, cities.city_name) as unit_name,
    all_values.street_code,
    all_values.city_code,
    all_values.grain,
    all_values.period,
    all_values.period_index,
    all_values.indicator_code,
    indicators.indicator_name,
    all_values.value,
    indicators.unit,
    indicators.kind,
    all_values.is_approximate,
    all_values.months_reported,
    all_values.communities_reported
from all_values
left join communities
    on all_values.level = 'community' and communities.community_code = all_values.unit_code
left join {{ ref('dim_street') }} as streets
    on all_values.level = 'street' and streets.street_code = all_values.unit_code
left join (select distinct city_code, city_name from {{ ref('dim_street') }}) as cities
    on all_values.level = 'city' and cities.city_code = all_values.unit_code
left join {{ ref('dim_indicator') }} as indicators
    on indicators.indicator_code = all_values.indicator_code
