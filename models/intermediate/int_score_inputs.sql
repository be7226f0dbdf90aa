-- One row per scoring method × community × grain × period × expected indicator, with the
-- community's value (null when not reported), its weight and the normalized value it scores.
--   target_ratio: indicators with a target (and a direction), equal weights, value = capped ratio.
--   composite: indicators in seeds/weights.csv, weight = domain_weight × indicator_weight / sum of
--   indicator weights in the domain, value normalized across every community in the warehouse (var
--   composite_normalization: minmax | zscore) with the direction applied.
-- An indicator is expected for a grain and period when at least one community reported it, for
-- months_due = the most months any community's value covers. Missing = no value, or a value
-- over fewer months than due (a partial quarter's sum must not pass for a whole one). Missing
-- counts against, never as average (macro missing_score): normalized_value then holds the
-- penalty the score uses and the statistics are over the complete values only.
with communities as (
    select community_code from {{ ref('dim_community') }}
),

community_values as (
    select unit_code as community_code, grain, period, period_index, indicator_code, value,
           is_approximate, months_reported
    from {{ ref('fct_indicator_period') }}
    where level = 'community' and value is not null
),

period_indicators as (
    select grain, period, period_index, indicator_code, max(months_reported) as months_due
    from community_values
    group by grain, period, period_index, indicator_code
),

weights as (
    select
        indicator_code,
        domain,
        {{ stable_round('domain_weight * indicator_weight / sum(indicator_weight) over (partition by domain)') }}
            as weight
    from {{ ref('weights') }}
),

composite_expected as (
    select period_indicators.*
    from period_indicators
    inner join weights on weights.indicator_code = period_indicators.indicator_code
),

composite_rows as (
    select
        'composite' as method,
        communities.community_code,
        expected.grain,
        expected.period,
        expected.period_index,
        expected.indicator_code,
        weights.weight,
        community_values.value,
        coalesce(community_values.is_approximate, false) as is_approximate,
        cast(null as {{ type_text() }}) as target_operator,
        cast(null as {{ type_double() }}) as target_value,
        expected.months_due,
        coalesce(community_values.months_reported, 0) as months_reported
    from communities
    cross join composite_expected as expected
    inner join weights on weights.indicator_code = expected.indicator_code
    left join community_values
        on community_values.community_code = communities.community_code
        and community_values.grain = expected.grain
        and community_values.period = expected.period
        and community_values.indicator_code = expected.indicator_code
),

target_rows as (
    select
        'target_ratio' as method,
        gaps.community_code,
        gaps.grain,
        gaps.period,
        gaps.period_index,
        gaps.indicator_code,
        1.0 as weight,
        gaps.value,
        gaps.is_approximate,
        gaps.target_operator,
        gaps.target_value,
        expected.months_due,
        case when gaps.value is null then 0 else coalesce(gaps.months_reported, 0) end
            as months_reported
    from {{ ref('mart_target_gaps') }} as gaps
    inner join period_indicators as expected
        on expected.grain = gaps.grain
        and expected.period = gaps.period
        and expected.indicator_code = gaps.indicator_code
    where gaps.direction <> 'neutral'
),

all_rows as (
    select * from composite_rows
    union all
    select * from target_rows
),

with_direction as (
    select
        all_rows.*,
        indicators.direction,
        case when all_rows.value is null or all_rows.months_reported < all_rows.months_due
            then true else false end as is_missing
    from all_rows
    inner join {{ ref('dim_indicator') }} as indicators
        on indicators.indicator_code = all_rows.indicator_code
),

statistics as (
    select
        method, grain, period, indicator_code,
        min(case when not is_missing then value end) as min_value,
        max(case when not is_missing then value end) as max_value,
        {{ stable_round('avg(case when not is_missing then value end)') }} as mean_value,
        {{ stable_round('stddev_samp(case when not is_missing then value end)') }} as sd_value
    from with_direction
    group by method, grain, period, indicator_code
),

normalized as (
select
    with_direction.method,
    with_direction.community_code,
    with_direction.grain,
    with_direction.period,
    with_direction.period_index,
    with_direction.indicator_code,
    with_direction.direction,
    with_direction.weight,
    with_direction.value,
    with_direction.is_missing,
    with_direction.months_due,
    with_direction.months_reported,
    with_direction.is_approximate,
    with_direction.target_operator,
    with_direction.target_value,
    statistics.min_value,
    statistics.max_value,
    statistics.mean_value,
    statistics.sd_value,
    case
        when with_direction.is_missing then
            {{ missing_score('with_direction.method', 'with_direction.direction',
                'statistics.min_value', 'statistics.max_value', 'statistics.mean_value',
                'statistics.sd_value') }}
        when with_direction.method = 'target_ratio' then
            {{ target_ratio('with_direction.value', 'with_direction.target_operator', 'with_direction.target_value') }}
        else
            {{ normalize_value("'" ~ var('composite_normalization') ~ "'", 'with_direction.value',
                'with_direction.direction', 'statistics.min_value', 'statistics.max_value',
                'statistics.mean_value', 'statistics.sd_value') }}
    end as unrounded_normalized_value
from with_direction
inner join statistics
    on statistics.method = with_direction.method
    and statistics.grain = with_direction.grain
    and statistics.period = with_direction.period
    and statistics.indicator_code = with_direction.indicator_code
)

select
    method, community_code, grain, period, period_index, indicator_code, direction, weight, value,
    is_missing, months_due, months_reported, is_approximate, target_operator, target_value,
    min_value, max_value, mean_value, sd_value,
    {{ stable_round('unrounded_normalized_value') }} as normalized_value
from normalized
