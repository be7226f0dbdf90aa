-- One row per method × community × grain × period: the nominal score over the indicators the
-- community reported (weights renormalized over them), with coverage = reported weight /
-- expected weight. A community that reported none of the expected indicators gets score null.
--   target_ratio: the mean of capped ratios (1.0 = on target on average).
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
        {{ exact_sum('case when not is_missing then weight else 0 end') }} as weight_reported,
        {{ exact_sum('case when not is_missing then weight * normalized_value else 0 end') }}
            as weighted_sum,
        {% if var('composite_aggregation') == 'geometric' -%}
        {{ exact_sum('case when not is_missing then weight * ' ~ natural_log('0.01 + 0.99 * normalized_value') ~ ' else 0 end') }}
        {%- else -%}
        cast(null as double precision)
        {%- endif %} as weighted_log_sum,
        count(*) as indicators_expected,
        sum(case when not is_missing then 1 else 0 end) as indicators_reported,
        sum(case when not is_missing and is_approximate then 1 else 0 end) as indicators_approximate,
        {{ dbt.listagg("case when is_missing then indicator_code end", "','", "order by indicator_code") }}
            as missing_indicators
    from inputs
    group by method, community_code, grain, period, period_index
)

select
    method,
    community_code,
    grain,
    period,
    period_index,
    case
        when weight_reported = 0 then null
        {% if var('composite_aggregation') == 'geometric' and var('composite_normalization') == 'minmax' -%}
        when method = 'composite' then (exp(weighted_log_sum / weight_reported) - 0.01) / 0.99
        {%- endif %}
        else weighted_sum / weight_reported
    end as score,
    weight_reported / weight_expected as coverage,
    indicators_expected,
    indicators_reported,
    indicators_approximate,
    missing_indicators
from aggregated
