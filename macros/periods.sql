{# Period arithmetic on the text periods of the raw store: YYYY-MM, YYYY-Qn, YYYY.
   Plain substr/cast/case so the same SQL runs on every engine. #}

{% macro period_year(period) -%}
    cast(substr({{ period }}, 1, 4) as integer)
{%- endmacro %}

{% macro period_month(period) -%}
    cast(substr({{ period }}, 6, 2) as integer)
{%- endmacro %}

{% macro period_quarter_number(period) -%}
    cast(substr({{ period }}, 7, 1) as integer)
{%- endmacro %}

{# Consecutive integers per grain, so "the previous period" is index - 1 on every grain. #}
{% macro period_index(grain, period) -%}
    case {{ grain }}
        when 'month' then {{ period_year(period) }} * 12 + {{ period_month(period) }} - 1
        when 'quarter' then {{ period_year(period) }} * 4 + {{ period_quarter_number(period) }} - 1
        when 'year' then {{ period_year(period) }}
    end
{%- endmacro %}

{# Position inside its year: month 1-12, quarter 1-4, year 1 (year-to-date differencing). #}
{% macro period_position_in_year(grain, period) -%}
    case {{ grain }}
        when 'month' then {{ period_month(period) }}
        when 'quarter' then {{ period_quarter_number(period) }}
        when 'year' then 1
    end
{%- endmacro %}

{% macro month_to_quarter(period) -%}
    substr({{ period }}, 1, 4) || '-Q' || cast(
        case
            when {{ period_month(period) }} <= 3 then 1
            when {{ period_month(period) }} <= 6 then 2
            when {{ period_month(period) }} <= 9 then 3
            else 4
        end as {{ type_text() }})
{%- endmacro %}

{% macro quarter_to_year(period) -%}
    substr({{ period }}, 1, 4)
{%- endmacro %}

{# The first day of a YYYY-MM period as a date. #}
{% macro month_start(period) -%}
    cast({{ period }} || '-01' as date)
{%- endmacro %}
