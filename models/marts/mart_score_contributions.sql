-- One row per community × grain × period × method × expected indicator: the normalized value,
-- the weight share among the expected indicators, and its contribution to the (arithmetic)
-- score = weight share × normalized value. Missing indicators are rows with is_missing = true
-- whose normalized value is the penalty (int_score_inputs): their contribution counts against.
with inputs as (
    select * from {{ ref('int_score_inputs') }}
),

expected_weight as (
    select method, community_code, grain, period, {{ exact_sum('weight') }} as weight_expected
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
    case when expected_weight.weight_expected > 0
        then inputs.weight / expected_weight.weight_expected end as weight,
    case when expected_weight.weight_expected > 0
        then inputs.weight / expected_weight.weight_expected * inputs.normalized_value end
        as contribution,
    inputs.is_missing,
    inputs.is_approximate
from inputs
inner join expected_weight
    on expected_weight.method = inputs.method
    and expected_weight.community_code = inputs.community_code
    and expected_weight.grain = inputs.grain
    and expected_weight.period = inputs.period
inner join {{ ref('dim_indicator') }} as indicators
    on indicators.indicator_code = inputs.indicator_code
