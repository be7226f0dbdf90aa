-- One row per simulated group × draw × indicator (int_rank_draw_cells): how the draw scores the
-- indicator. Its weight × U(1 - mc_weight_spread, 1 + mc_weight_spread), or 0 when the draw
-- leaves it out (draw d leaves out indicator number d mod (n + 1); none when n = 1), as a share of
-- the draw's total weight; the normalization a·(x - centre) + b (slope, intercept) over the
-- exact values and the draw's approximate ones: min-max or z-score by the draw's coin (0.5 and 0
-- when constant), the direction applied; and the penalty of a missing value, one full range
-- below the worst normalized value, worst - max(1, best - worst). target_ratio scores capped
-- ratios instead (int_rank_draw_cells.ratio), and 0 when missing. Uniforms: macro
-- with_seeded_uniform keyed by var mc_seed, the group, draw × 4 + 1 and the indicator number
-- (weights), draw × 4 + 2 (the coin).
{%- set spread = var('mc_weight_spread') | float %}
with indicators as (
    select group_key, method, grain, period, indicator_code, indicator_number, indicator_count,
        min(direction) as direction, min(weight) as weight, min(centre) as centre
    from {{ ref('int_rank_draw_cells') }}
    group by group_key, method, grain, period, indicator_code, indicator_number, indicator_count
),

draws as (
    {{ whole_numbers(var('mc_draws') | int) }}
),

weight_keys as (
    select indicators.*, draws.number as draw
    from indicators cross join draws
),

weights as (
    select group_key, method, grain, period, draw, indicator_code, indicator_number, direction,
        centre,
        case when indicator_count > 1 and mod(draw, indicator_count + 1) = indicator_number then 0.0
            else weight * ({{ 1 - spread }} + {{ 2 * spread }} * wu)
        end as weight
    from ({{ with_seeded_uniform('weight_keys', var('mc_seed'),
        ['group_key', 'draw * 4 + 1', 'indicator_number'], 'wu') }}) as drawn
),

coin_keys as (
    select distinct weight_keys.group_key, weight_keys.draw from weight_keys
),

coins as (
    select group_key, draw, case when cu >= 0.5 then true else false end as use_zscore
    from ({{ with_seeded_uniform('coin_keys', var('mc_seed'),
        ['group_key', 'draw * 4 + 2', '0'], 'cu') }}) as drawn
),

-- The exact cells' statistics (the same in every draw) and each draw's approximate values', in
-- units centred on the indicator's mean.
exact_statistics as (
    select group_key, indicator_number, count(*) as exact_count,
        min(value - centre) as low, max(value - centre) as high,
        {{ stable_round('sum(value - centre)') }} as total,
        {{ stable_round('sum((value - centre) * (value - centre))') }} as squares
    from {{ ref('int_rank_draw_cells') }}
    where kind = 'exact'
    group by group_key, indicator_number
),

approximate_statistics as (
    select approximate.group_key, approximate.draw, approximate.indicator_number,
        count(*) as approximate_count,
        min(approximate.value - indicators.centre) as low,
        max(approximate.value - indicators.centre) as high,
        sum(approximate.value - indicators.centre) as total,
        sum((approximate.value - indicators.centre) * (approximate.value - indicators.centre))
            as squares
    from {{ ref('int_rank_draw_approximations') }} as approximate
    inner join indicators
        on indicators.group_key = approximate.group_key
        and indicators.indicator_number = approximate.indicator_number
    group by approximate.group_key, approximate.draw, approximate.indicator_number
),

statistics as (
    select weights.*, coins.use_zscore,
        coalesce(exact.exact_count, 0) + coalesce(approximate.approximate_count, 0) as present,
        least(exact.low, approximate.low) as low,
        greatest(exact.high, approximate.high) as high,
        coalesce(exact.total, 0.0) + coalesce(approximate.total, 0.0) as total,
        coalesce(exact.squares, 0.0) + coalesce(approximate.squares, 0.0) as squares
    from weights
    inner join coins on coins.group_key = weights.group_key and coins.draw = weights.draw
    left join exact_statistics as exact
        on exact.group_key = weights.group_key and exact.indicator_number = weights.indicator_number
    left join approximate_statistics as approximate
        on approximate.group_key = weights.group_key and approximate.draw = weights.draw
        and approximate.indicator_number = weights.indicator_number
),

affine as (
    select spread.*,
        case when use_zscore then case when sd > 0 then 1.0 / sd else 0.0 end
            else case when high > low then 1.0 / (high - low) else 0.0 end
        end * case when direction = 'lower_better' then -1.0 else 1.0 end as slope,
        case
            when use_zscore and direction = 'lower_better' then
                case when sd > 0 then total / present / sd else 0.0 end
            when use_zscore then case when sd > 0 then -(total / present) / sd else 0.0 end
            when direction = 'lower_better' then
                case when high > low then 1.0 + low / (high - low) else 0.5 end
            else case when high > low then -low / (high - low) else 0.5 end
        end as intercept
    from (
        select statistics.*,
            case when high > low and present > 1
                then sqrt(greatest((squares - total * (total / present)) / (present - 1), 0.0))
                else 0.0
            end as sd
        from statistics
    ) as spread
)

select
    group_key, method, grain, period, draw, indicator_code, indicator_number, use_zscore, centre,
    weight,
    weight / cast(sum(cast(weight as decimal(38, 16))) over (partition by group_key, draw)
        as {{ type_double() }}) as weight_share,
    slope,
    intercept,
    case when method = 'target_ratio' then 0.0 else
        least(slope * low + intercept, slope * high + intercept)
            - greatest(1.0, abs(slope * (high - low)))
    end as penalty
from affine
