{# Rows of the derived indicators (kind = derived in the catalogue) computed from their parts:
   value = numerator / denominator * multiplier, on the same keys. Rates are always recomputed
   from rolled-up parts, never averaged. A zero or missing denominator gives no row (the rate is
   undefined, not zero). Lineage columns come from the numerator. nullable_keys (text codes) compare
   equal when both are null (macro null_safe_equals): city rows have no street. least_columns take the lesser of numerator and denominator (months
   behind a rate: a rate is only as complete as its less complete part). #}
{% macro derive_indicators(base_relation, key_columns, carried_columns=[], least_columns=[], nullable_keys=[]) %}
    select
        {% for key in key_columns -%}
        numerator.{{ key }},
        {% endfor -%}
        catalogue.indicator_code,
        numerator.value * catalogue.multiplier / denominator.value as value,
        case when numerator.is_approximate or denominator.is_approximate then true else false end
            as is_approximate
        {%- for column in carried_columns %},
        numerator.{{ column }}
        {%- endfor %}
        {%- for column in least_columns %},
        least(numerator.{{ column }}, denominator.{{ column }}) as {{ column }}
        {%- endfor %}
    from {{ base_relation }} as numerator
    inner join {{ ref('stg_seed__indicators') }} as catalogue
        on catalogue.numerator_code = numerator.indicator_code
        and catalogue.kind = 'derived'
    inner join (
        -- Only the denominators' rows, and only the columns the join needs: the hash table is
        -- built from a few indicators, not from every row with its lineage.
        select {{ key_columns | join(', ') }}, indicator_code, value, is_approximate
            {%- for column in least_columns %}, {{ column }}{% endfor %}
        from {{ base_relation }}
        where indicator_code in (
            select denominator_code from {{ ref('stg_seed__indicators') }} where kind = 'derived')
    ) as denominator
        on denominator.indicator_code = catalogue.denominator_code
        {% for key in key_columns -%}
        and {% if key in nullable_keys %}{{ null_safe_equals('denominator.' ~ key, 'numerator.' ~ key) }}{% else %}denominator.{{ key }} = numerator.{{ key }}{% endif %}
        {% endfor -%}
    where denominator.value <> 0
{% endmacro %}
