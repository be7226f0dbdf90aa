{# Columns `name_0` .. `name_{slots-1}`: one per value of `number_column` (0 ..), each the
   `column` of the row with that number (max over the group, which holds at most one). `columns`
   is a list of (column, name) pairs; every column comes with a leading comma. #}
{% macro pivot_by_number(columns, slots, number_column) -%}
{%- for slot in range(slots) %}{% for column, name in columns %},
    max(case when {{ number_column }} = {{ slot }} then {{ column }} end) as {{ name }}_{{ slot }}
{%- endfor %}{% endfor %}
{%- endmacro %}
