{# Roll child periods up into their parent period, per community and indicator:
   flow = sum of the children, stock = the last reported child. months_reported adds up, so a
   quarter with two of three months shows 2 (partial, not padded). #}
{% macro rollup_periods(child_relation, parent_period_expression) %}
    {{ return(adapter.dispatch('rollup_periods', 'jiedao')(child_relation, parent_period_expression)) }}
{% endmacro %}

{% macro default__rollup_periods(child_relation, parent_period_expression) %}
    with children as (
        select
            child.*,
            {{ parent_period_expression }} as parent_period,
            row_number() over (
                partition by child.community_code, child.indicator_code, {{ parent_period_expression }}
                order by child.period_index desc
            ) as recency
        from {{ child_relation }} as child
    )

    select
        community_code,
        indicator_code,
        kind,
        parent_period as period,
        case
            when kind = 'flow' then sum(value)
            else max(case when recency = 1 then value end)
        end as value,
        case
            when kind = 'flow' then max(case when is_approximate then 1 else 0 end)
            else max(case when recency = 1 and is_approximate then 1 else 0 end)
        end as approximate_flag,
        sum(months_reported) as months_reported
    from children
    group by community_code, indicator_code, kind, parent_period
{% endmacro %}

{# DuckDB: the last child by arg_max_null in the same hash aggregate — no window sort over every
   child row (same rows, faster at 3,000 communities). arg_max_null keeps a null value of the
   last child, as the window version does. The flow sum is exact (decimal), so it does not
   depend on the order rows arrive in (rebuilds stay bit-identical) without sorting each group. #}
{% macro duckdb__rollup_periods(child_relation, parent_period_expression) %}
    select
        community_code,
        indicator_code,
        kind,
        {{ parent_period_expression }} as period,
        case
            when kind = 'flow' then {{ exact_sum("value") }}
            else arg_max_null(value, period_index)
        end as value,
        case
            when kind = 'flow' then max(case when is_approximate then 1 else 0 end)
            else arg_max_null(case when is_approximate then 1 else 0 end, period_index)
        end as approximate_flag,
        sum(months_reported) as months_reported
    from {{ child_relation }} as child
    group by community_code, indicator_code, kind, {{ parent_period_expression }}
{% endmacro %}
