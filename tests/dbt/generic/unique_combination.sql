{# The listed columns together identify a row (the model's grain). Own test: no dbt hub packages. #}
{% test unique_combination(model, combination) %}
select {{ combination | join(', ') }}, count(*) as rows_with_this_key
from {{ model }}
group by {{ combination | join(', ') }}
having count(*) > 1
{% endtest %}
