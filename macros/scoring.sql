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

{# The normalized value a missing indicator scores (int_score_inputs; the Monte Carlo draws in
   int_rank_draw_parameters do the same per draw). Missing counts against, never as average:
     target_ratio: 0 (nothing shown against the target);
     composite, arithmetic: one full range below the worst reported community,
       worst - max(1, best - worst) over the normalized values (min-max: -1, or -0.5 when every
       reported value is equal). Deleting a value can lower the others' normalized values by at
       most that range, never by more than it costs the community itself, so with min-max no
       deletion raises a community's score or rank (tests/test_fair_ranking.py);
     composite, geometric: 0, the floor its logarithm allows. #}
{% macro missing_score(method, direction, min_value, max_value, mean_value, sd_value) -%}
    {%- set normalization = "'" ~ var('composite_normalization') ~ "'" -%}
    {%- set worst_reported = normalize_value(normalization, min_value, direction, min_value, max_value, mean_value, sd_value) -%}
    {%- set best_reported = normalize_value(normalization, max_value, direction, min_value, max_value, mean_value, sd_value) -%}
    case
        when {{ method }} = 'target_ratio' then 0.0
        {% if var('composite_aggregation') == 'geometric' and var('composite_normalization') == 'minmax' -%}
        else 0.0
        {%- else -%}
        else least({{ worst_reported }}, {{ best_reported }})
            - greatest(1.0, abs(({{ best_reported }}) - ({{ worst_reported }})))
        {%- endif %}
    end
{%- endmacro %}

{# Who is ranked (var ranking_min_coverage): eligible when the coverage reaches the var and there
   is a score or rate to rank; the reason in Chinese, e.g. 数据不全（覆盖率 40.0 %），不参与排名. #}
{% macro ranking_eligible(coverage, rankable) -%}
    case when {{ rankable }} and {{ coverage }} >= {{ var('ranking_min_coverage') }}
        then true else false end
{%- endmacro %}

{% macro eligibility_reason(coverage, rankable, unrankable_reason) -%}
    case
        when {{ coverage }} is null or {{ coverage }} < {{ var('ranking_min_coverage') }} then
            '数据不全（覆盖率 ' || {{ percent_text(coverage) }} || ' %），不参与排名'
        when not ({{ rankable }}) then {{ unrankable_reason }}
        else '覆盖率 ' || {{ percent_text(coverage) }}
            || ' %（不低于 {{ "%g" | format(var('ranking_min_coverage') * 100) }} %），参与排名'
    end
{%- endmacro %}

{# A share as percent text with one decimal: 0.4 → '40.0'. #}
{% macro percent_text(share) %}
    {{ return(adapter.dispatch('percent_text', 'jiedao')(share)) }}
{% endmacro %}

{# As DuckDB's printf('%.1f') writes it: the nearest tenth, a tie (31.25) to the even tenth. The
   double is first written as its shortest decimal (exactly the tie when it is one), then
   rounded as a decimal. #}
{% macro default__percent_text(share) -%}
    {%- set tenths = 'cast(cast(coalesce(' ~ share ~ ', 0) * 100 as ' ~ type_text() ~ ') as decimal(38, 17)) * 10' -%}
    cast(cast(
        case when {{ tenths }} - floor({{ tenths }}) = 0.5 and mod(floor({{ tenths }}), 2) = 0
            then floor({{ tenths }}) else round({{ tenths }}) end / 10
        as decimal(20, 1)) as {{ type_text() }})
{%- endmacro %}

{% macro duckdb__percent_text(share) -%}
    printf('%.1f', coalesce({{ share }}, 0) * 100)
{%- endmacro %}
