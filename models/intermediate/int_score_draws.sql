-- Monte Carlo rank uncertainty (JRC audit style): one row per method × community × grain ×
-- period × draw with the draw's score and city rank. Each draw
--   * multiplies every indicator weight by U(1 - mc_weight_spread, 1 + mc_weight_spread),
--   * switches the composite's normalization between minmax and zscore (half the draws each),
--   * leaves one indicator out (draw d leaves out indicator number d mod (n + 1); n = none),
--   * varies approximate values by U(1 - mc_approximate_spread, 1 + mc_approximate_spread),
--   * imputes each missing value uniformly within the range of that draw's normalized values.
-- Random numbers are hashes of (mc_seed, draw, ...): the same seed gives the same draws on any
-- thread count. Only communities with a nominal score and the latest mc_max_periods_per_grain
-- periods of each grain take part (to bound the work on large registries).
with recursive draws (draw) as (
    select 1
    union all
    select draw + 1 from draws where draw < {{ var('mc_draws') }}
),

scored as (
    select method, community_code, grain, period
    from {{ ref('int_scores_nominal') }}
    where score is not null
),

recent_periods as (
    select grain, period
    from (
        select grain, period, row_number() over (partition by grain order by period_index desc) as recency
        from (select distinct grain, period, period_index from {{ ref('int_score_inputs') }}) as periods
    ) as ranked_periods
    where recency <= {{ var('mc_max_periods_per_grain') }}
),

inputs as (
    select
        inputs.*,
        dense_rank() over (partition by inputs.method, inputs.grain, inputs.period order by inputs.indicator_code) - 1
            as indicator_number,
        count(distinct inputs.indicator_code) over (partition by inputs.method, inputs.grain, inputs.period)
            as indicator_count
    from {{ ref('int_score_inputs') }} as inputs
    inner join recent_periods
        on recent_periods.grain = inputs.grain and recent_periods.period = inputs.period
    inner join scored
        on scored.method = inputs.method
        and scored.community_code = inputs.community_code
        and scored.grain = inputs.grain
        and scored.period = inputs.period
),

perturbed as (
    select
        inputs.method,
        inputs.community_code,
        inputs.grain,
        inputs.period,
        inputs.indicator_code,
        inputs.direction,
        inputs.is_missing,
        inputs.target_operator,
        inputs.target_value,
        draws.draw,
        inputs.weight * (1 - {{ var('mc_weight_spread') }} + 2 * {{ var('mc_weight_spread') }}
            * {{ uniform_random(["'weight'", 'cast(draws.draw as varchar)', 'inputs.method', 'inputs.indicator_code']) }})
            as draw_weight,
        case
            when inputs.is_approximate then inputs.value * (1 - {{ var('mc_approximate_spread') }}
                + 2 * {{ var('mc_approximate_spread') }}
                * {{ uniform_random(["'approximate'", 'cast(draws.draw as varchar)', 'inputs.community_code', 'inputs.indicator_code']) }})
            else inputs.value
        end as draw_value,
        case
            when inputs.method = 'composite'
                and {{ uniform_random(["'normalization'", 'cast(draws.draw as varchar)']) }} >= 0.5
                then 'zscore'
            else 'minmax'
        end as draw_normalization,
        case
            when inputs.indicator_count > 1
                and mod(draws.draw, inputs.indicator_count + 1) = inputs.indicator_number
                then true
            else false
        end as is_left_out,
        {{ uniform_random(["'impute'", 'cast(draws.draw as varchar)', 'inputs.community_code', 'inputs.indicator_code']) }}
            as impute_random
    from inputs
    cross join draws
),

draw_statistics as (
    select
        method, grain, period, draw, indicator_code,
        min(draw_value) as min_value,
        max(draw_value) as max_value,
        avg(draw_value) as mean_value,
        stddev_samp(draw_value) as sd_value
    from perturbed
    group by method, grain, period, draw, indicator_code
),

normalized as (
    select
        perturbed.*,
        case
            when perturbed.is_missing then null
            when perturbed.method = 'target_ratio' then
                {{ target_ratio('perturbed.draw_value', 'perturbed.target_operator', 'perturbed.target_value') }}
            else
                {{ normalize_value('perturbed.draw_normalization', 'perturbed.draw_value',
                    'perturbed.direction', 'draw_statistics.min_value', 'draw_statistics.max_value',
                    'draw_statistics.mean_value', 'draw_statistics.sd_value') }}
        end as draw_normalized
    from perturbed
    inner join draw_statistics
        on draw_statistics.method = perturbed.method
        and draw_statistics.grain = perturbed.grain
        and draw_statistics.period = perturbed.period
        and draw_statistics.draw = perturbed.draw
        and draw_statistics.indicator_code = perturbed.indicator_code
),

normalized_range as (
    select
        method, grain, period, draw, indicator_code,
        min(draw_normalized) as min_normalized,
        max(draw_normalized) as max_normalized
    from normalized
    group by method, grain, period, draw, indicator_code
),

imputed as (
    select
        normalized.method,
        normalized.community_code,
        normalized.grain,
        normalized.period,
        normalized.draw,
        normalized.draw_weight,
        normalized.is_left_out,
        coalesce(
            normalized.draw_normalized,
            normalized_range.min_normalized
                + normalized.impute_random * (normalized_range.max_normalized - normalized_range.min_normalized)
        ) as draw_normalized
    from normalized
    inner join normalized_range
        on normalized_range.method = normalized.method
        and normalized_range.grain = normalized.grain
        and normalized_range.period = normalized.period
        and normalized_range.draw = normalized.draw
        and normalized_range.indicator_code = normalized.indicator_code
),

draw_scores as (
    select
        method, community_code, grain, period, draw,
        sum(draw_weight * draw_normalized) / sum(draw_weight) as draw_score
    from imputed
    where not is_left_out and draw_normalized is not null
    group by method, community_code, grain, period, draw
)

select
    method,
    community_code,
    grain,
    period,
    draw,
    draw_score,
    rank() over (partition by method, grain, period, draw order by draw_score desc) as draw_rank
from draw_scores
