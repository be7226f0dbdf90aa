-- One row per community × grain × period × method × expected indicator: the normalized value,
-- the weight share among the indicators the community reported, and its contribution to the
-- (arithmetic) score = weight share × normalized value. Missing indicators are rows with
-- is_missing = true and no contribution.
with inputs as (
    select * from {{ ref('int_score_inputs') }}
),

reported_weight as (
    select method, community_code, grain, period,
           {{ exact_sum('case when not is_missing then weight else 0 end') }} as weight_reported
    from inputs
    group by method, community_code, grain, period
)

select
    inputs.community_code,
    inputs.grain,
    inputs.period,
    inputs.method,
    inputs.indicator_code,
    indicators.indicator_name,
    indicators.domain,
    inputs.direction,
    inputs.value,
    inputs.target_value,
    inputs.target_operator,
    inputs.normalized_value,
    inputs.weight as nominal_weight,
    case when not inputs.is_missing and reported_weight.weight_reported > 0
        then inputs.weight / reported_weight.weight_reported end as weight,
    case when not inputs.is_missing and reported_weight.weight_reported > 0
        then inputs.weight / reported_weight.weight_reported * inputs.normalized_value end
        as contribution,
    inputs.is_missing,
    inputs.is_approximate
from inputs
inner join reported_weight
    on reported_weight.method = inputs.method
    and reported_weight.community_code = inputs.community_code
    and reported_weight.grain = inputs.grain
    and reported_weight.period = inputs.period
inner join {{ ref('dim_indicator') }} as indicators
    on indicators.indicator_code = inputs.indicator_code
