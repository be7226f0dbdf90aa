{# Seeded pseudo-random numbers computed with integer arithmetic only, so that every engine draws
   exactly the same numbers (no engine's random() or hash()).

   A uniform in (0, 1) is a function of the seed and a few non-negative integer keys: the state
   starts at seed mod p (p = 2^31 - 1, a prime) and absorbs each key k as
       state = mix((state + k) mod p),   mix(y) = (y^5 mod p) * 48271 + 11  mod p,
   followed by two more rounds of mix; the uniform is (state + 0.5) / p. y -> y^5 is a
   permutation modulo p (5 does not divide p - 1) and not linear, so neighbouring keys (draw 7
   and draw 8) give unrelated numbers; every product stays below 2^62 (bigint). tests/
   test_rank_intervals.py checks the numbers against the same function in Python and their
   uniformity. Each step is one subquery level so that no expression is written twice, and a
   fence (macro subquery_fence) keeps PostgreSQL from merging the levels back into one expression
   with 5^rounds copies of the first (the demo's weights took 20 minutes that way). #}

{% macro seeded_mix(y) -%}
    mod(mod(mod(mod({{ y }} * {{ y }}, 2147483647) * mod({{ y }} * {{ y }}, 2147483647), 2147483647)
        * {{ y }}, 2147483647) * 48271 + 11, 2147483647)
{%- endmacro %}

{# The rows of `relation` (a CTE or table name) with one more column, `name`: the uniform for the
   row's keys (integer expressions over the relation's columns). Level 2r - 1 adds the key of
   round r (column <name>_y<r>), level 2r mixes it (<name>_s<r>); each level is fenced. #}
{% macro with_seeded_uniform(relation, seed, keys, name) %}
    {%- set rounds = keys | length + 2 -%}
    {%- set levels = 2 * rounds -%}
    select l{{ levels }}.*,
        (cast({{ name }}_s{{ rounds }} as {{ type_double() }}) + 0.5) / cast(2147483647 as {{ type_double() }}) as {{ name }}
    from (
    {%- for level in range(levels, 0, -1) %}
    {%- set round = (level + 1) // 2 %}
    {%- if level % 2 == 1 %}
        select l{{ level - 1 }}.*, mod({{ name }}_s{{ round - 1 }} + cast({{ keys[round - 1] if round <= keys | length else '0' }} as bigint), 2147483647) as {{ name }}_y{{ round }} from (
    {%- else %}
        select l{{ level - 1 }}.*, {{ seeded_mix(name ~ '_y' ~ round) }} as {{ name }}_s{{ round }} from (
    {%- endif %}
    {%- endfor %}
        select keyed.*, mod(cast({{ seed }} as bigint), 2147483647) as {{ name }}_s0 from {{ relation }} as keyed
    {%- for level in range(1, levels + 1) %}
        ) as l{{ level - 1 }} {{ subquery_fence() }}
    {%- endfor %}
    ) as l{{ levels }}
{% endmacro %}

{# The whole numbers 1 .. count as column `number`: digits crossed, in plain SQL. #}
{% macro whole_numbers(count) %}
    {%- set places = (count | string) | length -%}
    select number
    from (
        select 1
            {%- for place in range(places) %} + digits_{{ place }}.digit * {{ 10 ** place }}{% endfor %} as number
        from
        {%- for place in range(places) %}
            (select 0 as digit{% for digit in range(1, 10) %} union all select {{ digit }}{% endfor %}) as digits_{{ place }}{{ ',' if not loop.last }}
        {%- endfor %}
    ) as numbers
    where number <= {{ count }}
{% endmacro %}
