{# Percentiles and logarithms, dispatched per adapter where the SQL differs. #}

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

{# Natural logarithm: ln() on both DuckDB and PostgreSQL. #}
{% macro natural_log(expression) -%}
    ln({{ expression }})
{%- endmacro %}
