{# Rows of the derived indicators (kind = derived in the catalogue) computed from their parts:
   value = numerator / denominator * multiplier, on the same keys. Rates are always recomputed
   from rolled-up parts, never averaged. A zero or missing denominator gives no row (the rate is
   undefined, not zero). Lineage columns come from the numerator. Keys compare with IS NOT DISTINCT FROM because
   city rows have no street. #}
{% macro derive_indicators(base_relation, key_columns, carried_columns=[]) %}
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
    from {{ base_relation }} as numerator
    inner join {{ ref('stg_seed__indicators') }} as catalogue
        on catalogue.numerator_code = numerator.indicator_code
        and catalogue.kind = 'derived'
    inner join {{ base_relation }} as denominator
        on denominator.indicator_code = catalogue.denominator_code
        {% for key in key_columns -%}
        and denominator.{{ key }} is not distinct from numerator.{{ key }}
        {% endfor -%}
    where denominator.value <> 0
{% endmacro %}
