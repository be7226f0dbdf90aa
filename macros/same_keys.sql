{# A join condition: `right`.c = `left`.c for every column c of `columns`. #}
{% macro same_keys(left, right, columns) -%}
    {% for column in columns %}{{ right }}.{{ column }} = {{ left }}.{{ column }}{{ ' and ' if not loop.last }}{% endfor %}
{%- endmacro %}
