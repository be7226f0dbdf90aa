{# Percentiles and reproducible pseudo-random numbers, dispatched per adapter. #}

{% macro percentile_disc(expression, fraction) -%}
    {{ return(adapter.dispatch('percentile_disc', 'jiedao')(expression, fraction)) }}
{%- endmacro %}

{% macro default__percentile_disc(expression, fraction) -%}
    percentile_disc({{ fraction }}) within group (order by {{ expression }})
{%- endmacro %}

{% macro duckdb__percentile_disc(expression, fraction) -%}
    quantile_disc({{ expression }}, {{ fraction }})
{%- endmacro %}

{% macro percentile_cont(expression, fraction) -%}
    {{ return(adapter.dispatch('percentile_cont', 'jiedao')(expression, fraction)) }}
{%- endmacro %}

{% macro default__percentile_cont(expression, fraction) -%}
    percentile_cont({{ fraction }}) within group (order by {{ expression }})
{%- endmacro %}

{% macro duckdb__percentile_cont(expression, fraction) -%}
    quantile_cont({{ expression }}, {{ fraction }})
{%- endmacro %}

{# A uniform number in [0, 1) from a hash of the seed and the given parts: the same inputs give
   the same number on every run and thread count, which is what makes the Monte Carlo
   reproducible. #}
{% macro uniform_random(parts) -%}
    {{ return(adapter.dispatch('uniform_random', 'jiedao')(parts)) }}
{%- endmacro %}

{% macro default__uniform_random(parts) -%}
    (('x' || substr(md5({{ var('mc_seed') }} || '|' || {{ parts | join(" || '|' || ") }}), 1, 8))::bit(32)::bigint % 1000000) / 1000000.0
{%- endmacro %}

{% macro duckdb__uniform_random(parts) -%}
    (hash(cast({{ var('mc_seed') }} as varchar) || '|' || {{ parts | join(" || '|' || ") }}) % 1000000) / 1000000.0
{%- endmacro %}

{# Natural logarithm: ln() on both DuckDB and PostgreSQL. #}
{% macro natural_log(expression) -%}
    ln({{ expression }})
{%- endmacro %}
