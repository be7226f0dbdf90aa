-- One row per community × grain × period × indicator with a target: the value, the target, the
-- gap (value - target), whether it is met and the capped ratio to target used by the
-- target_ratio score. A community that did not report has value null, is_missing true.
with expectations as (
    select * from {{ ref('int_target_expectations') }}
),

community_values as (
    select unit_code, grain, period, indicator_code, value, is_approximate, months_reported
    from {{ ref('fct_indicator_period') }}
    where level = 'community'
)

select
    expectations.community_code,
    communities.community_name,
    expectations.street_code,
    communities.street_name,
    expectations.grain,
    expectations.period,
    expectations.period_index,
    expectations.indicator_code,
    indicators.indicator_name,
    indicators.direction,
    community_values.value,
    expectations.target_value,
    expectations.target_operator,
    expectations.target_note,
    community_values.value - expectations.target_value as gap,
    case
        when community_values.value is null then null
        when expectations.target_operator = '>=' and community_values.value >= expectations.target_value then true
        when expectations.target_operator = '<=' and community_values.value <= expectations.target_value then true
        else false
    end as meets_target,
    {{ target_ratio('community_values.value', 'expectations.target_operator', 'expectations.target_value') }}
        as target_ratio,
    case when community_values.value is null then true else false end as is_missing,
    coalesce(community_values.is_approximate, false) as is_approximate,
    community_values.months_reported
from expectations
inner join {{ ref('dim_community') }} as communities
    on communities.community_code = expectations.community_code
inner join {{ ref('dim_indicator') }} as indicators
    on indicators.indicator_code = expectations.indicator_code
left join community_values
    on community_values.unit_code = expectations.community_code
    and community_values.grain = expectations.grain
    and community_values.period = expectations.period
    and community_values.indicator_code = expectations.indicator_code
