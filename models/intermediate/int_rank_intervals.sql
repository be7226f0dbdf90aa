-- Monte Carlo rank uncertainty (JRC audit style): one row per method × eligible community × grain
-- × period simulated. Each of var mc_draws draws perturbs the weights, switches the normalization,
-- leaves one indicator out, varies approximate values and scores missing ones below the worst
-- (int_rank_draw_parameters, int_rank_draw_approximations; inputs int_rank_draw_cells); its scores
-- rank the eligible of each city (like mart_scores.rank_in_city) and of each peer group
-- (peer_rank_*). A community's 5 %, 50 % and 95 % points are nearest ranks: the
-- ceil(q × draws)-th smallest of its ranks. A draw's score is one expression with a column per
-- indicator (as many as the most any group has, read when the model runs), added in indicator
-- order: the same sum on every engine and for equal communities, one row per community and draw.
{%- set draws = var('mc_draws') | int %}
{%- set slots = 0 %}
{%- if execute %}
{%- set counted = run_query('select max(indicator_count) from ' ~ ref('int_rank_draw_cells')) %}
{%- set slots = (counted.columns[0].values()[0] or 0) | int %}
{%- endif %}
with members as (
    select group_key, method, grain, period, community_code, community_number, city_code, peer_group
    {{- pivot_by_number([('kind', 'kind'), ('centred_value', 'x'), ('ratio', 'ratio')], slots, 'indicator_number') }}
    from {{ ref('int_rank_draw_cells') }}
    where eligible
    group by group_key, method, grain, period, community_code, community_number, city_code, peer_group
),

parameters as (
    select group_key, draw
    {{- pivot_by_number([('weight_share', 'w'), ('slope', 'a'), ('intercept', 'b'), ('penalty', 'p')], slots, 'indicator_number') }}
    from {{ ref('int_rank_draw_parameters') }}
    group by group_key, draw
),

approximations as (
    select group_key, draw, community_number
    {{- pivot_by_number([('centred_value', 'x'), ('ratio', 'ratio')], slots, 'indicator_number') }}
    from {{ ref('int_rank_draw_approximations') }}
    group by group_key, draw, community_number
),

-- Σ weight share × normalized value: a·x + b (x centred; approximate: the draw's x), the capped
-- ratio (target_ratio), the penalty (missing).
draw_scores as (
    select m.group_key, m.community_number, m.city_code, m.peer_group, p.draw, 0.0
    {%- for i in range(slots) %}
        + coalesce(p.w_{{ i }} * case m.kind_{{ i }}
            when 'exact' then coalesce(m.ratio_{{ i }}, p.a_{{ i }} * m.x_{{ i }} + p.b_{{ i }})
            when 'approximate' then coalesce(v.ratio_{{ i }}, p.a_{{ i }} * v.x_{{ i }} + p.b_{{ i }})
            else p.p_{{ i }} end, 0.0)
    {%- endfor %} as score
    from members as m
    inner join parameters as p on p.group_key = m.group_key
    left join approximations as v
        on v.group_key = m.group_key and v.draw = p.draw and v.community_number = m.community_number
),

draw_ranks as (
    select group_key, community_number,
        rank() over (partition by group_key, draw, city_code order by score desc) as city_rank,
        rank() over (partition by group_key, draw, peer_group order by score desc) as peer_rank
    from draw_scores
),

ordered as (
    select group_key, community_number, city_rank, peer_rank,
        row_number() over (partition by group_key, community_number order by city_rank) as city_order,
        row_number() over (partition by group_key, community_number order by peer_rank) as peer_order
    from draw_ranks
),

intervals as (
    select group_key, community_number,
    {%- for scope, prefix in (('city', ''), ('peer', 'peer_')) %}
    {%- for name, share in (('p05', 5), ('median', 50), ('p95', 95)) %}
        cast(max(case when {{ scope }}_order = {{ ((draws * share + 99) // 100) | int }}
            then {{ scope }}_rank end) as bigint) as {{ prefix }}rank_{{ name }},
    {%- endfor %}
    {%- endfor %}
        cast(sum(city_rank) as {{ type_double() }}) / {{ draws }} as rank_mean
    from ordered
    group by group_key, community_number
)

select m.method, m.community_code, m.grain, m.period, i.rank_p05, i.rank_median, i.rank_p95,
    i.rank_mean, i.peer_rank_p05, i.peer_rank_median, i.peer_rank_p95,
    cast({{ draws }} as bigint) as draws
from intervals as i
inner join members as m
    on m.group_key = i.group_key and m.community_number = i.community_number
