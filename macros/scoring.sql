{# Scoring arithmetic shared by the nominal scores and the Monte Carlo draws. #}

{# Ratio to target, capped (Boston CityScore style: 1.0 = exactly on target).
   '>=' targets: value / target; '<=' targets: target / value (0 reached = the cap).
   A target of 0: on target = 1.0, missed = 0. #}
{% macro target_ratio(value, operator, target) -%}
    greatest(0.0, least({{ var('score_ratio_cap') }},
        case
            when {{ operator }} = '>=' and {{ target }} > 0 then {{ value }} / {{ target }}
            when {{ operator }} = '>=' then case when {{ value }} >= {{ target }} then 1.0 else 0.0 end
            when {{ operator }} = '<=' and {{ target }} > 0 then
                case when {{ value }} <= 0 then {{ var('score_ratio_cap') }} else {{ target }} / {{ value }} end
            when {{ operator }} = '<=' then case when {{ value }} <= {{ target }} then 1.0 else 0.0 end
        end))
{%- endmacro %}

{# Normalization with the indicator's direction applied (lower_better is flipped):
   minmax = (x - min) / (max - min) in [0, 1] (0.5 when all are equal);
   zscore = (x - mean) / sd (0 when all are equal). #}
{% macro normalize_value(method, value, direction, min_value, max_value, mean_value, sd_value) -%}
    case
        when {{ method }} = 'zscore' then
            case when {{ sd_value }} > 0 then
                (case when {{ direction }} = 'lower_better' then -1.0 else 1.0 end)
                * ({{ value }} - {{ mean_value }}) / {{ sd_value }}
            else 0.0 end
        else
            case when {{ max_value }} > {{ min_value }} then
                case when {{ direction }} = 'lower_better'
                    then ({{ max_value }} - {{ value }}) / ({{ max_value }} - {{ min_value }})
                    else ({{ value }} - {{ min_value }}) / ({{ max_value }} - {{ min_value }})
                end
            else 0.5 end
    end
{%- endmacro %}
