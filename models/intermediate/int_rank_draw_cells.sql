-- The Monte Carlo rank intervals' inputs (int_rank_intervals): one row per simulated method ×
-- grain × period × community with a score × indicator someone reported there. Simulated: the
-- latest var mc_max_periods_per_grain periods of each grain with an eligible community. Each
-- group gets its key in the random stream (period index × 16 + method × 4 + grain), each
-- community and indicator a number (code order, from 1 and from 0); a missing value (none, or a
-- partial period's) has no value; centre = the indicator's mean, so that a·(x - centre) + b
-- loses no digits; ratio = the target_ratio method's capped ratio (macro target_ratio).
with scored as (
    select method, community_code, grain, period, period_index, eligible
    from {{ ref('int_scores_nominal') }}
    where score is not null
),

recent_periods as (
    select grain, period
    from (
        select grain, period,
            row_number() over (partition by grain order by period_index desc) as recency
        from (select distinct grain, period, period_index from scored) as periods
    ) as numbered
    where recency <= {{ var('mc_max_periods_per_grain') }}
),

simulated as (
    select scored.method, scored.grain, scored.period,
        cast(max(scored.period_index) as bigint) * 16
            + case scored.method when 'composite' then 4 when 'target_ratio' then 8 else 12 end
            + case scored.grain when 'month' then 1 when 'quarter' then 2 else 3 end as group_key
    from scored
    inner join recent_periods
        on recent_periods.grain = scored.grain and recent_periods.period = scored.period
    group by scored.method, scored.grain, scored.period
    having max(case when scored.eligible then 1 else 0 end) = 1
),

members as (
    select simulated.group_key, scored.method, scored.grain, scored.period, scored.community_code,
        scored.eligible, communities.city_code, communities.peer_group,
        row_number() over (
            partition by simulated.group_key order by {{ binary_text('scored.community_code') }}
        ) as community_number
    from scored
    inner join simulated
        on simulated.method = scored.method and simulated.grain = scored.grain
        and simulated.period = scored.period
    left join {{ ref('dim_community') }} as communities
        on communities.community_code = scored.community_code
),

inputs as (
    select members.*, inputs.indicator_code, inputs.direction, inputs.weight,
        inputs.target_value, inputs.target_operator,
        case when inputs.is_missing then null else inputs.value end as value,
        case when inputs.is_missing then false else inputs.is_approximate end as is_approximate
    from {{ ref('int_score_inputs') }} as inputs
    inner join members
        on members.method = inputs.method and members.grain = inputs.grain
        and members.period = inputs.period and members.community_code = inputs.community_code
),

indicators as (
    select group_key, indicator_code, centre,
        row_number() over (partition by group_key order by {{ binary_text('indicator_code') }}) - 1
            as indicator_number,
        count(*) over (partition by group_key) as indicator_count
    from (
        select group_key, indicator_code, {{ stable_round('avg(value)') }} as centre
        from inputs
        group by group_key, indicator_code
        having count(value) > 0
    ) as reported
)

select
    inputs.group_key, inputs.method, inputs.grain, inputs.period, inputs.community_code,
    inputs.community_number, inputs.eligible, inputs.city_code, inputs.peer_group,
    inputs.indicator_code, indicators.indicator_number, indicators.indicator_count,
    inputs.direction, inputs.weight, indicators.centre, inputs.value,
    inputs.value - indicators.centre as centred_value, inputs.target_value,
    inputs.target_operator,
    case when inputs.value is null then 'missing'
         when inputs.is_approximate then 'approximate' else 'exact' end as kind,
    case when inputs.method = 'target_ratio' and inputs.value is not null then
        {{ target_ratio('inputs.value', 'inputs.target_operator', 'inputs.target_value') }}
    end as ratio
from inputs
inner join indicators
    on indicators.group_key = inputs.group_key and indicators.indicator_code = inputs.indicator_code
