-- One row per method × community × grain × period: the nominal score over every expected
-- indicator (a missing one scores its penalty from int_score_inputs, so missing never raises a
-- score), the coverage = reported due indicator-months / due indicator-months, and who is ranked
-- (var ranking_min_coverage). A community that reported none of the expected indicators gets
-- score null.
--   target_ratio: the mean of capped ratios (1.0 = on target on average; missing = 0).
--   composite: weighted arithmetic mean of normalized values, or (var composite_aggregation =
--   geometric, minmax only) the weighted geometric mean of 0.01 + 0.99 × x, mapped back to [0, 1].
with inputs as (
    select * from {{ ref('int_score_inputs') }}
),

aggregated as (
    select
        method,
        community_code,
        grain,
        period,
        period_index,
        {{ exact_sum('weight') }} as weight_expected,
        {{ exact_sum('weight * normalized_value') }} as weighted_sum,
        {% if var('composite_aggregation') == 'geometric' -%}
        {{ exact_sum('weight * ' ~ natural_log('0.01 + 0.99 * normalized_value')) }}
        {%- else -%}
        cast(null as {{ type_double() }})
        {%- endif %} as weighted_log_sum,
        cast(sum(months_due) as integer) as months_due,
        cast(sum(case when months_reported < months_due then months_reported else months_due end)
            as integer) as months_reported,
        count(*) as indicators_expected,
        sum(case when not is_missing then 1 else 0 end) as indicators_reported,
        sum(case when not is_missing and is_approximate then 1 else 0 end) as indicators_approximate,
        {{ dbt.listagg("case when is_missing then indicator_code end", "','", "order by " ~ binary_text('indicator_code')) }}
            as missing_indicators
    from inputs
    group by method, community_code, grain, period, period_index
),

scored as (
    select
        method,
        community_code,
        grain,
        period,
        period_index,
        case
            when months_reported = 0 then null
            {% if var('composite_aggregation') == 'geometric' and var('composite_normalization') == 'minmax' -%}
            when method = 'composite' then (exp(weighted_log_sum / weight_expected) - 0.01) / 0.99
            {%- endif %}
            else weighted_sum / weight_expected
        end as score,
        cast(months_reported as {{ type_double() }}) / months_due as coverage,
        months_due,
        months_reported,
        indicators_expected,
        indicators_reported,
        indicators_approximate,
        missing_indicators
    from aggregated
)

select
    scored.*,
    {{ ranking_eligible('coverage', 'score is not null') }} as eligible,
    {{ eligibility_reason('coverage', 'score is not null', "'无得分，不参与排名'") }}
        as eligibility_reason
from scored
