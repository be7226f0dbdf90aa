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

{# Rounded to `digits` decimals so that a rebuild gives bit-identical results: parallel sums may
   differ in the last bit from run to run, and ranks must not depend on that. #}
{% macro stable_round(expression, digits=10) -%}
    {{ return(adapter.dispatch('stable_round', 'jiedao')(expression, digits)) }}
{%- endmacro %}

{# PostgreSQL turns a double into numeric with 15 significant digits only: through its text (the
   shortest digits that read back as the same double) no digit is lost. #}
{% macro postgres__stable_round(expression, digits) -%}
    cast(round(cast(cast({{ expression }} as text) as numeric), {{ digits }}) as double precision)
{%- endmacro %}

{% macro default__stable_round(expression, digits) -%}
    cast(round(cast({{ expression }} as numeric), {{ digits }}) as {{ type_double() }})
{%- endmacro %}

{# Spark: `numeric` is decimal(10, 0) there (a weight of 0.6 would become 1); its round of a double
   goes through the double's decimal digits, half up, and gives a double. #}
{% macro spark__stable_round(expression, digits) -%}
    round({{ expression }}, {{ digits }})
{%- endmacro %}

{% macro duckdb__stable_round(expression, digits) -%}
    round({{ expression }}, {{ digits }})
{%- endmacro %}

{# A sum that does not depend on the order rows arrive in: parallel double sums can differ in
   the last bit between runs (and ranks with them); a decimal sum is exact. #}
{% macro exact_sum(expression) -%}
    {{ return(adapter.dispatch('exact_sum', 'jiedao')(expression)) }}
{%- endmacro %}

{% macro default__exact_sum(expression) -%}
    cast(sum(cast({{ expression }} as decimal(38, 16))) as {{ type_double() }})
{%- endmacro %}

{% macro postgres__exact_sum(expression) -%}
    cast(sum(cast(cast({{ expression }} as text) as decimal(38, 16))) as double precision)
{%- endmacro %}
