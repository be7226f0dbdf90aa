{# Everything a model writes that one engine spells differently from another, in one place.
   Each macro is dispatched (adapter.dispatch): duckdb__ keeps what DuckDB ran before (so its
   warehouse stays the same), postgres__ where PostgreSQL needs its own spelling, default__ is
   standard SQL that PostgreSQL and other engines run. The models say what they mean
   ({{ type_text() }}, {{ inline_cte() }}, {{ null_safe_equals(a, b) }}) and never an engine's
   dialect. docs/engines.md lists them. #}

{# The text type of a cast: varchar (DuckDB, PostgreSQL), string (Spark). #}
{% macro type_text() %}{{ return(adapter.dispatch('type_text', 'jiedao')()) }}{% endmacro %}
{% macro default__type_text() %}varchar{% endmacro %}
{% macro spark__type_text() %}string{% endmacro %}

{# The 8-byte float: double precision (DuckDB, PostgreSQL), double (Spark). #}
{% macro type_double() %}{{ return(adapter.dispatch('type_double', 'jiedao')()) }}{% endmacro %}
{% macro default__type_double() %}double precision{% endmacro %}
{% macro spark__type_double() %}double{% endmacro %}

{# A CTE read several times that should be inlined rather than copied: `name as {{ inline_cte() }} (`.
   DuckDB and PostgreSQL (12+) take the hint; elsewhere it is left out (the default). #}
{% macro inline_cte() %}{{ return(adapter.dispatch('inline_cte', 'jiedao')()) }}{% endmacro %}
{% macro default__inline_cte() %}{% endmacro %}
{% macro duckdb__inline_cte() %}not materialized{% endmacro %}
{% macro postgres__inline_cte() %}not materialized{% endmacro %}

{# Equal, or both null, for a join key of text codes. PostgreSQL and Spark cannot hash-join on IS
   NOT DISTINCT FROM (a nested loop: 18 minutes on the demo), so there both sides are coalesced to
   a text no code has. DuckDB hash-joins IS NOT DISTINCT FROM and keeps it. #}
{% macro null_safe_equals(left, right) %}{{ return(adapter.dispatch('null_safe_equals', 'jiedao')(left, right)) }}{% endmacro %}
{% macro default__null_safe_equals(left, right) -%}
    coalesce({{ left }}, '~') = coalesce({{ right }}, '~')
{%- endmacro %}
{% macro duckdb__null_safe_equals(left, right) -%}
    {{ left }} is not distinct from {{ right }}
{%- endmacro %}

{# One integer per key (several columns), for finding the few keys that repeat before grouping
   on the wide text columns themselves. Only ever compared for equality, and a collision only
   sends a few more rows down the exact path: the results never depend on the hash. #}
{% macro key_hash(columns) %}{{ return(adapter.dispatch('key_hash', 'jiedao')(columns)) }}{% endmacro %}
{% macro default__key_hash(columns) -%}
    md5({% for column in columns %}coalesce(cast({{ column }} as {{ type_text() }}), '~'){{ " || '|' || " if not loop.last }}{% endfor %})
{%- endmacro %}
{% macro duckdb__key_hash(columns) -%}
    hash({{ columns | join(', ') }})
{%- endmacro %}
{% macro postgres__key_hash(columns) -%}
    hashtextextended(concat_ws('|', {% for column in columns %}coalesce(cast({{ column }} as text), '~'){{ ', ' if not loop.last }}{% endfor %}), 0)
{%- endmacro %}
{% macro spark__key_hash(columns) -%}
    xxhash64({{ columns | join(', ') }})
{%- endmacro %}

{# Text compared code point by code point wherever an order of text decides a result (a
   tie-break, a list's order, which indicator is number 1): DuckDB and Spark always do; a
   PostgreSQL database may sort by a language's rules (en_US puts "a_b" after "ab"), so there
   the C collation is asked for. #}
{% macro binary_text(expression) %}{{ return(adapter.dispatch('binary_text', 'jiedao')(expression)) }}{% endmacro %}
{% macro default__binary_text(expression) %}{{ expression }}{% endmacro %}
{% macro postgres__binary_text(expression) %}({{ expression }} collate "C"){% endmacro %}

{# A double as text, written as DuckDB writes it: the shortest digits that read back as the same
   number, with ".0" on whole numbers below 1e16 (12.0, 0.1, 1e+20, 2.5e-07). Messages quote
   values this way, so they read the same on every engine. PostgreSQL writes the same shortest
   digits but no ".0" (and 1e+15 from 1e15): whole numbers are written from a bigint there. #}
{% macro double_text(value) %}{{ return(adapter.dispatch('double_text', 'jiedao')(value)) }}{% endmacro %}
{% macro default__double_text(value) -%}
    case
        when {{ value }} = floor({{ value }}) and abs({{ value }}) < 1e16
            then cast(cast({{ value }} as bigint) as {{ type_text() }}) || '.0'
        else cast({{ value }} as {{ type_text() }})
    end
{%- endmacro %}
{% macro duckdb__double_text(value) -%}
    cast({{ value }} as varchar)
{%- endmacro %}
{# Spark writes a double as Java does (1.0E20, 1.23456785E7, 2.5E-7): between 1e-4 and 1e16 its
   digits are written out through a decimal, beyond that as DuckDB's mantissa e±dd. (Java 17's
   digits are the shortest for all but rare doubles.) #}
{% macro spark__double_text(value) -%}
    {%- set exponent = "cast(substring_index(cast(" ~ value ~ " as string), 'E', -1) as int)" -%}
    case
        when {{ value }} = floor({{ value }}) and abs({{ value }}) < 1e16
            then cast(cast({{ value }} as bigint) as string) || '.0'
        when abs({{ value }}) >= 1e-4 and abs({{ value }}) < 1e16
            then {{ regexp_replace_all('cast(cast(cast(' ~ value ~ ' as string) as decimal(38, 20)) as string)', '0+$', '') }}
        else {{ regexp_replace_all("substring_index(cast(" ~ value ~ " as string), 'E', 1)", '[.]0$', '') }} || 'e'
            || case when {{ exponent }} < 0 then '-' else '+' end
            || case when abs({{ exponent }}) < 10 then '0' else '' end || cast(abs({{ exponent }}) as string)
    end
{%- endmacro %}

{# Run after every model (dbt_project.yml post-hook). PostgreSQL plans a query on a table it has
   never analyzed as if every filter kept a handful of rows, and joins big tables by nested loops
   (fct_indicator_monthly: 55 s instead of 0.1 s on the demo), so each new table is analyzed
   before the next model reads it. DuckDB and Spark need nothing: an empty hook is skipped. #}
{% macro gather_statistics() %}{{ return(adapter.dispatch('gather_statistics', 'jiedao')()) }}{% endmacro %}
{% macro default__gather_statistics() %}{% endmacro %}
{% macro postgres__gather_statistics() -%}
    {%- if config.get('materialized') in ('table', 'incremental') -%}analyze {{ this }}{%- endif -%}
{%- endmacro %}

{# Written at the end of a subquery that must be computed as written, not merged into the query
   around it: PostgreSQL pulls a subquery up and substitutes its expressions for its columns (an
   expression using a column five times then holds five copies of it); OFFSET 0 stops that. #}
{% macro subquery_fence() %}{{ return(adapter.dispatch('subquery_fence', 'jiedao')()) }}{% endmacro %}
{% macro default__subquery_fence() %}{% endmacro %}
{% macro postgres__subquery_fence() %}offset 0{% endmacro %}

{# Every match of a regular expression replaced. `pattern` is the expression itself (backslashes
   as the regex wants them), written into a string literal here: PostgreSQL and DuckDB replace all
   with the flag 'g' and read backslashes in a literal as they are; Spark replaces all by itself,
   and its string literals take a backslash as an escape, so each is doubled. #}
{% macro regexp_replace_all(expression, pattern, replacement) %}{{ return(adapter.dispatch('regexp_replace_all', 'jiedao')(expression, pattern, replacement)) }}{% endmacro %}
{% macro default__regexp_replace_all(expression, pattern, replacement) -%}
    regexp_replace({{ expression }}, '{{ pattern }}', '{{ replacement }}', 'g')
{%- endmacro %}
{% macro spark__regexp_replace_all(expression, pattern, replacement) -%}
    regexp_replace({{ expression }}, '{{ pattern | replace('\\', '\\\\') }}', '{{ replacement | replace('\\', '\\\\') }}')
{%- endmacro %}
