{# Text helpers for quality findings: Chinese messages that name file, sheet and cell. #}

{% macro lineage_text(file, sheet, cell) -%}
    '（文件 ' || coalesce({{ file }}, '?') || '，工作表 ' || coalesce({{ sheet }}, '?')
        || '，单元格 ' || coalesce({{ cell }}, '?') || '）'
{%- endmacro %}

{% macro number_text(value) -%}
    coalesce({{ double_text(value) }}, '空')
{%- endmacro %}

{# Rows of a monthly series (community × indicator) that end a run of exactly `run_length`
   consecutive months with one identical value — reported once per run, where it reaches the
   length, not again every month after. #}
{% macro repeated_runs(relation, run_length) %}
    select *
    from (
        select
            series.*,
            count(*) over run_window as window_rows,
            min(value) over run_window as window_min,
            max(value) over run_window as window_max,
            min(period_index) over run_window as window_first_index,
            lag(value, {{ run_length }}) over series_order as value_before_run,
            lag(period_index, {{ run_length }}) over series_order as index_before_run
        from {{ relation }} as series
        window
            series_order as (partition by community_code, indicator_code order by period_index),
            run_window as (partition by community_code, indicator_code order by period_index
                           rows between {{ run_length - 1 }} preceding and current row)
    ) as windows
    where window_rows = {{ run_length }}
        and window_min = window_max
        and period_index - window_first_index = {{ run_length - 1 }}
        and not (
            value_before_run is not null
            and value_before_run = value
            and index_before_run = period_index - {{ run_length }}
        )
{% endmacro %}
