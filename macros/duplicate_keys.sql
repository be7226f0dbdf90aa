{# Rows of `model` whose `combination` of columns occurs more than once, with the count.
   On DuckDB the wide text keys are first grouped by one 64-bit hash (several times faster on the
   millions of rows of the facts); only keys whose hash repeats — none in a correct build, or the
   rare collision — are then grouped on the real columns, so the result is exact. #}
{% macro default__duplicate_keys(model, combination) %}
select {{ combination | join(', ') }}, count(*) as rows_with_this_key
from {{ model }}
group by {{ combination | join(', ') }}
having count(*) > 1
{% endmacro %}

{% macro duckdb__duplicate_keys(model, combination) %}
select {{ combination | join(', ') }}, count(*) as rows_with_this_key
from {{ model }}
where hash({{ combination | join(', ') }}) in (
    select hash({{ combination | join(', ') }})
    from {{ model }}
    group by 1
    having count(*) > 1
)
group by {{ combination | join(', ') }}
having count(*) > 1
{% endmacro %}
