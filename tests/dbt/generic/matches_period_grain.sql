{# Period text matches its grain: YYYY-MM for month, YYYY-Qn for quarter, YYYY for year. #}
{% test matches_period_grain(model, column_name, grain_column=none, grain='month') %}
select *
from {{ model }}
where {{ column_name }} is not null
    and not (
        {% if grain_column %}
        ({{ grain_column }} = 'month' and length({{ column_name }}) = 7 and substr({{ column_name }}, 5, 1) = '-'
            and substr({{ column_name }}, 6, 2) between '01' and '12')
        or ({{ grain_column }} = 'quarter' and length({{ column_name }}) = 7 and substr({{ column_name }}, 5, 2) = '-Q'
            and substr({{ column_name }}, 7, 1) between '1' and '4')
        or ({{ grain_column }} = 'year' and length({{ column_name }}) = 4)
        {% else %}
        length({{ column_name }}) = 7 and substr({{ column_name }}, 5, 1) = '-'
            and substr({{ column_name }}, 6, 2) between '01' and '12'
        {% endif %}
    )
{% endtest %}
