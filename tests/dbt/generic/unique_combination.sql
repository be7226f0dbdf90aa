{# The listed columns together identify a row (the model's grain). Own test: no dbt hub packages. #}
{% test unique_combination(model, combination) %}
{{ adapter.dispatch('duplicate_keys', 'jiedao')(model, combination) }}
{% endtest %}
