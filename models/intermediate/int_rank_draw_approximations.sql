-- One row per draw × approximate cell of int_rank_draw_cells: the value the draw uses, the
-- reported one × U(1 - mc_approximate_spread, 1 + mc_approximate_spread), less the indicator's
-- centre, and for target_ratio its capped ratio. The uniform is keyed
-- by var mc_seed, the group, draw × 4 + 3 and community number × 4096 + indicator number
-- (macro with_seeded_uniform: the same numbers on every engine).
{%- set spread = var('mc_approximate_spread') | float %}
with keys as (
    select cells.group_key, cells.method, cells.community_number, cells.indicator_number,
        cells.value, cells.centre, cells.target_value, cells.target_operator, draws.number as draw
    from {{ ref('int_rank_draw_cells') }} as cells
    cross join ({{ whole_numbers(var('mc_draws') | int) }}) as draws
    where cells.kind = 'approximate'
)

select group_key, draw, community_number, indicator_number, value, value - centre as centred_value,
    case when method = 'target_ratio' then {{ target_ratio('value', 'target_operator', 'target_value') }}
    end as ratio
from (
    select group_key, draw, community_number, indicator_number, method, target_value,
        target_operator, centre, value * ({{ 1 - spread }} + {{ 2 * spread }} * nu) as value
    from ({{ with_seeded_uniform('keys', var('mc_seed'),
        ['group_key', 'draw * 4 + 3', 'community_number * 4096 + indicator_number'], 'nu') }}) as drawn
) as varied
