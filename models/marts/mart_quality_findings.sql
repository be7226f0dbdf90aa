-- One row per data-quality finding, with the cell it rests on:
--   consistency: resolved > received, public-welfare jobs > jobs created, dibao persons <
--     dibao households, a year-to-date figure lower than the month before, a reported
--     quarter/year total that differs from the sum of its months;
--   anomaly: a jump beyond anomaly_mad_k × MAD (scaled by 1.4826) from the community's own
--     median, the same nonzero figure anomaly_repeat_months months running, a rate of exactly
--     100 % anomaly_rate100_months months running;
--   approximate: figures written as 约/余/多/近;
--   completeness: a year-to-date figure whose previous month is missing, months with no
--     submission, late submissions;
--   conflict: one batch holding different values for the same figure;
--   consistency: a derived figure a sheet reports (办结率 95.2%) that differs from the one computed
--     from the same community and period's raw values (the same file's when it holds both parts,
--     else the current ones) by more than derived_tolerance_points (percentages) or
--     derived_tolerance_relative of it (per-1000 figures) and more than the rounding of what is
--     written (half a unit of its last digit).
-- The CTEs that only filter a table are not materialized: each rule reads the table again
-- (a scan) instead of a CTE copy of every monthly value with its lineage (spilled at 30,000).
with monthly as {{ inline_cte() }} (
    select * from {{ ref('fct_indicator_monthly') }}
),

pairs as (
    select
        community_code, period, period_index,
        max(case when indicator_code = 'petitions_received' then value end) as petitions_received,
        max(case when indicator_code = 'petitions_resolved' then value end) as petitions_resolved,
        max(case when indicator_code = 'jobs_created' then value end) as jobs_created,
        max(case when indicator_code = 'public_welfare_jobs' then value end) as public_welfare_jobs,
        max(case when indicator_code = 'dibao_households' then value end) as dibao_households,
        max(case when indicator_code = 'dibao_persons' then value end) as dibao_persons
    from monthly
    where indicator_code in ('petitions_received', 'petitions_resolved', 'jobs_created',
                             'public_welfare_jobs', 'dibao_households', 'dibao_persons')
    group by community_code, period, period_index
),

pair_findings as (
    select 'consistency' as finding_type, 'resolved_gt_received' as rule_code,
           'warning' as severity, pairs.community_code, 'month' as grain, pairs.period,
           'petitions_resolved' as indicator_code, pairs.petitions_resolved as value,
           '诉求办结数 ' || {{ number_text('pairs.petitions_resolved') }} || ' 大于受理数 '
               || {{ number_text('pairs.petitions_received') }} as detail
    from pairs where pairs.petitions_resolved > pairs.petitions_received
    union all
    select 'consistency', 'public_welfare_gt_jobs', 'warning', pairs.community_code, 'month',
           pairs.period, 'public_welfare_jobs', pairs.public_welfare_jobs,
           '公益性岗位数 ' || {{ number_text('pairs.public_welfare_jobs') }} || ' 大于新增就业岗位数 '
               || {{ number_text('pairs.jobs_created') }}
    from pairs where pairs.public_welfare_jobs > pairs.jobs_created
    union all
    select 'consistency', 'dibao_persons_lt_households', 'warning', pairs.community_code,
           'month', pairs.period, 'dibao_persons', pairs.dibao_persons,
           '低保人数 ' || {{ number_text('pairs.dibao_persons') }} || ' 少于低保户数 '
               || {{ number_text('pairs.dibao_households') }}
    from pairs where pairs.dibao_persons < pairs.dibao_households
),

pair_findings_with_lineage as (
    select pair_findings.*, monthly.source_file, monthly.source_sheet, monthly.source_cell,
           monthly.raw_text
    from pair_findings
    left join monthly
        on monthly.community_code = pair_findings.community_code
        and monthly.period = pair_findings.period
        and monthly.indicator_code = pair_findings.indicator_code
),

cumulative as {{ inline_cte() }} (
    select * from {{ ref('int_observations_current') }} where is_cumulative
),

cumulative_findings as (
    select 'consistency' as finding_type, 'cumulative_decreasing' as rule_code,
           'warning' as severity, this_period.community_code, this_period.period_grain as grain,
           this_period.period, this_period.indicator_code, this_period.value,
           '本年累计数 ' || {{ number_text('this_period.value') }} || ' 小于上期累计数 '
               || {{ number_text('previous_period.value') }} as detail,
           this_period.file_name as source_file, this_period.sheet as source_sheet,
           this_period.cell_ref as source_cell, this_period.raw_text
    from cumulative as this_period
    inner join cumulative as previous_period
        on previous_period.community_code = this_period.community_code
        and previous_period.indicator_code = this_period.indicator_code
        and previous_period.period_grain = this_period.period_grain
        and previous_period.period_year = this_period.period_year
        and previous_period.period_position = this_period.period_position - 1
    where this_period.value < previous_period.value
),

direct_totals as (
    select period_values.*
    from {{ ref('int_period_values') }} as period_values
    inner join {{ ref('dim_indicator') }} as indicators
        on indicators.indicator_code = period_values.indicator_code
    where period_values.grain in ('quarter', 'year') and indicators.kind = 'flow'
),

month_sums as (
    select
        community_code, indicator_code,
        {{ month_to_quarter('period') }} as quarter,
        {{ quarter_to_year('period') }} as year,
        value
    from {{ ref('int_period_values') }}
    where grain = 'month'
),

total_findings as (
    select 'consistency' as finding_type, 'total_ne_parts' as rule_code, 'warning' as severity,
           direct_totals.community_code, direct_totals.grain, direct_totals.period,
           direct_totals.indicator_code, direct_totals.value,
           '合计 ' || {{ number_text('direct_totals.value') }} || ' 不等于各月之和 '
               || {{ number_text('sum(month_sums.value)') }} as detail,
           direct_totals.source_file, direct_totals.source_sheet, direct_totals.source_cell,
           direct_totals.raw_text
    from direct_totals
    inner join month_sums
        on month_sums.community_code = direct_totals.community_code
        and month_sums.indicator_code = direct_totals.indicator_code
        and ((direct_totals.grain = 'quarter' and month_sums.quarter = direct_totals.period)
             or (direct_totals.grain = 'year' and month_sums.year = direct_totals.period))
    group by direct_totals.community_code, direct_totals.grain, direct_totals.period,
             direct_totals.indicator_code, direct_totals.value, direct_totals.source_file,
             direct_totals.source_sheet, direct_totals.source_cell, direct_totals.raw_text
    having count(*) = case when direct_totals.grain = 'quarter' then 3 else 12 end
        and abs(sum(month_sums.value) - direct_totals.value) > 0.5
),

base_monthly as {{ inline_cte() }} (
    select * from monthly where kind <> 'derived'
),

history as (
    select
        community_code, indicator_code,
        count(*) as months,
        {{ percentile_cont('value', 0.5) }} as median_value
    from base_monthly
    group by community_code, indicator_code
),

deviations as (
    select
        history.community_code, history.indicator_code, history.months, history.median_value,
        {{ percentile_cont('abs(base_monthly.value - history.median_value)', 0.5) }} as mad
    from history
    inner join base_monthly
        on base_monthly.community_code = history.community_code
        and base_monthly.indicator_code = history.indicator_code
    where history.months >= {{ var('anomaly_min_history') }}
    group by history.community_code, history.indicator_code, history.months, history.median_value
),

jump_findings as (
    select 'anomaly' as finding_type, 'jump_beyond_mad' as rule_code, 'warning' as severity,
           base_monthly.community_code, 'month' as grain, base_monthly.period,
           base_monthly.indicator_code, base_monthly.value,
           '数值 ' || {{ number_text('base_monthly.value') }} || ' 偏离本社区历史中位数 '
               || {{ number_text('deviations.median_value') }} || ' 超过 '
               || cast({{ var('anomaly_mad_k') }} as {{ type_text() }}) || ' 倍MAD（MAD='
               || {{ number_text('deviations.mad') }} || '）' as detail,
           base_monthly.source_file, base_monthly.source_sheet, base_monthly.source_cell,
           base_monthly.raw_text
    from base_monthly
    inner join deviations
        on deviations.community_code = base_monthly.community_code
        and deviations.indicator_code = base_monthly.indicator_code
    where deviations.mad > 0
        and abs(base_monthly.value - deviations.median_value)
            > {{ var('anomaly_mad_k') }} * 1.4826 * deviations.mad
),

flows_nonzero as {{ inline_cte() }} (
    select * from base_monthly where kind = 'flow' and value <> 0
),

repeated_findings as (
    select 'anomaly' as finding_type, 'repeated_value' as rule_code, 'warning' as severity,
           community_code, 'month' as grain, period, indicator_code, value,
           '连续 ' || cast({{ var('anomaly_repeat_months') }} as {{ type_text() }}) || ' 个月填报相同数值 '
               || {{ number_text('value') }} as detail,
           source_file, source_sheet, source_cell, raw_text
    from ({{ repeated_runs('flows_nonzero', var('anomaly_repeat_months')) }}) as runs
),

full_rates as (
    select monthly.*
    from monthly
    inner join {{ ref('dim_indicator') }} as indicators
        on indicators.indicator_code = monthly.indicator_code
    where indicators.kind = 'derived' and indicators.unit = '%' and monthly.value = 100
),

rate100_findings as (
    select 'anomaly' as finding_type, 'rate_100_streak' as rule_code, 'warning' as severity,
           community_code, 'month' as grain, period, indicator_code, value,
           '连续 ' || cast({{ var('anomaly_rate100_months') }} as {{ type_text() }}) || ' 个月比率恰为100%'
               as detail,
           source_file, source_sheet, source_cell, raw_text
    from ({{ repeated_runs('full_rates', var('anomaly_rate100_months')) }}) as runs
),

approximate_findings as (
    select 'approximate' as finding_type, 'approximate_value' as rule_code, 'info' as severity,
           community_code, grain, period, indicator_code, value,
           '约数“' || coalesce(raw_text, '') || '”按 ' || {{ number_text('value') }} || ' 计入'
               as detail,
           source_file, source_sheet, source_cell, raw_text
    from {{ ref('int_period_values') }}
    where is_approximate
),

gap_findings as (
    select 'completeness' as finding_type, 'ytd_gap' as rule_code, 'warning' as severity,
           community_code, grain, period, indicator_code, value,
           '本年累计数 ' || {{ number_text('value') }} || ' 缺少上期累计数，无法推算当期值'
               as detail,
           source_file, source_sheet, source_cell, raw_text
    from {{ ref('int_ytd_gaps') }}
),

submission_findings as (
    select 'completeness' as finding_type,
           case status when 'missing' then 'missing_submission' else 'late_submission' end
               as rule_code,
           'warning' as severity, community_code, 'month' as grain, period,
           cast(null as {{ type_text() }}) as indicator_code, cast(null as {{ type_double() }}) as value,
           case status
               when 'missing' then '本月未报送任何指标（应报 ' || cast(indicators_expected as {{ type_text() }}) || ' 项）'
               else cast(indicators_late as {{ type_text() }}) || ' 项指标晚于次月 '
                   || cast({{ var('submission_due_day') }} as {{ type_text() }}) || ' 日报送'
           end as detail,
           cast(null as {{ type_text() }}) as source_file, cast(null as {{ type_text() }}) as source_sheet,
           cast(null as {{ type_text() }}) as source_cell, cast(null as {{ type_text() }}) as raw_text
    from {{ ref('mart_submission_completeness') }}
    where status = 'missing' or indicators_late > 0
),

conflict_findings as (
    select 'conflict' as finding_type, 'conflicting_versions' as rule_code, 'error' as severity,
           community_code, period_grain as grain, period, indicator_code, value,
           '同一批次中有 ' || cast(distinct_values_in_batch as {{ type_text() }})
               || ' 个不同数值，采用修改时间最晚的文件' as detail,
           file_name as source_file, sheet as source_sheet, cell_ref as source_cell, raw_text
    from {{ ref('int_observations_current') }}
    where distinct_values_in_batch > 1
),

reported_rates as (
    select
        reported.file_sha256, reported.file_name, reported.sheet, reported.cell_ref,
        reported.raw_text, reported.community_code, reported.period_grain, reported.period,
        reported.indicator_code, reported.value, reported.rounding, reported.is_cumulative,
        catalogue.numerator_code, catalogue.denominator_code, catalogue.multiplier
    from {{ ref('stg_raw__reported_derived') }} as reported
    inner join {{ ref('stg_seed__indicators') }} as catalogue
        on catalogue.indicator_code = reported.indicator_code
    where catalogue.kind = 'derived'
),

rate_part_values as (
    select rates.file_sha256, rates.sheet, rates.cell_ref, 'file' as origin,
           case when parts.indicator_code = rates.numerator_code then 'numerator'
                else 'denominator' end as part,
           parts.value
    from reported_rates as rates
    inner join {{ ref('stg_raw__observations') }} as parts
        on parts.file_sha256 = rates.file_sha256
        and parts.community_code = rates.community_code
        and parts.period_grain = rates.period_grain
        and parts.period = rates.period
        and parts.is_cumulative = rates.is_cumulative
        and parts.indicator_code in (rates.numerator_code, rates.denominator_code)
    union all
    select rates.file_sha256, rates.sheet, rates.cell_ref, 'current',
           case when parts.indicator_code = rates.numerator_code then 'numerator'
                else 'denominator' end,
           parts.value
    from reported_rates as rates
    inner join {{ ref('int_observations_current') }} as parts
        on parts.community_code = rates.community_code
        and parts.period_grain = rates.period_grain
        and parts.period = rates.period
        and parts.is_cumulative = rates.is_cumulative
        and parts.indicator_code in (rates.numerator_code, rates.denominator_code)
),

rate_parts as (
    select
        file_sha256, sheet, cell_ref,
        max(case when origin = 'file' and part = 'numerator' then value end) as file_numerator,
        max(case when origin = 'file' and part = 'denominator' then value end) as file_denominator,
        max(case when origin = 'current' and part = 'numerator' then value end) as current_numerator,
        max(case when origin = 'current' and part = 'denominator' then value end)
            as current_denominator
    from rate_part_values
    group by file_sha256, sheet, cell_ref
),

computed_rates as (
    select rates.*, parts.numerator, parts.denominator,
           parts.numerator * rates.multiplier / parts.denominator as computed,
           case when rates.multiplier = 100 then {{ var('derived_tolerance_points') }}
                else {{ var('derived_tolerance_relative') }}
                    * abs(parts.numerator * rates.multiplier / parts.denominator)
           end as tolerance
    from reported_rates as rates
    inner join (
        select
            file_sha256, sheet, cell_ref,
            case when file_numerator is not null and file_denominator is not null
                 then file_numerator else current_numerator end as numerator,
            case when file_numerator is not null and file_denominator is not null
                 then file_denominator else current_denominator end as denominator
        from rate_parts
    ) as parts
        on parts.file_sha256 = rates.file_sha256
        and parts.sheet = rates.sheet
        and parts.cell_ref = rates.cell_ref
    where parts.numerator is not null and parts.denominator <> 0
),

derived_findings as (
    select 'consistency' as finding_type, 'derived_mismatch' as rule_code, 'warning' as severity,
           community_code, period_grain as grain, period, indicator_code, value,
           case when is_cumulative then '本年累计' else '' end
               || '填报值“' || coalesce(raw_text, '') || '”（' || {{ number_text('value') }}
               || '）与按原始数计算的 ' || {{ number_text(stable_round('computed', 2)) }}
               || '（' || {{ number_text('numerator') }} || ' ÷ ' || {{ number_text('denominator') }}
               || ' × ' || {{ number_text('multiplier') }} || '）相差 '
               || {{ number_text(stable_round('abs(value - computed)', 2)) }}
               || '，超过容差 ' || {{ number_text(stable_round('case when rounding > tolerance then rounding else tolerance end', 4)) }}
               as detail,
           file_name as source_file, sheet as source_sheet, cell_ref as source_cell, raw_text
    from computed_rates
    where abs(value - computed)
        > case when rounding > tolerance then rounding else tolerance end + 0.000001
),

all_findings as (
    select finding_type, rule_code, severity, community_code, grain, period, indicator_code,
           value, detail, source_file, source_sheet, source_cell, raw_text
    from pair_findings_with_lineage
    union all select * from cumulative_findings
    union all select * from total_findings
    union all select * from jump_findings
    union all select * from repeated_findings
    union all select * from rate100_findings
    union all select * from approximate_findings
    union all select * from gap_findings
    union all select * from submission_findings
    union all select * from conflict_findings
    union all select * from derived_findings
)

select
    all_findings.finding_type,
    all_findings.rule_code,
    all_findings.severity,
    all_findings.community_code,
    communities.community_name,
    communities.street_code,
    communities.street_name,
    all_findings.grain,
    all_findings.period,
    all_findings.indicator_code,
    indicators.indicator_name,
    coalesce(communities.community_name, all_findings.community_code) || ' ' || all_findings.period
        || coalesce(' ' || indicators.indicator_name, '') || '：' || all_findings.detail
        || case when all_findings.source_file is not null
            then {{ lineage_text('all_findings.source_file', 'all_findings.source_sheet', 'all_findings.source_cell') }}
            else '' end as message,
    all_findings.value,
    all_findings.raw_text,
    all_findings.source_file,
    all_findings.source_sheet,
    all_findings.source_cell
from all_findings
left join {{ ref('dim_community') }} as communities
    on communities.community_code = all_findings.community_code
left join {{ ref('dim_indicator') }} as indicators
    on indicators.indicator_code = all_findings.indicator_code
