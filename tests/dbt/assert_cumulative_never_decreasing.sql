-- Consistency: a year-to-date figure never falls within its year (warns).
{{ config(severity='warn') }}
select community_code, period, indicator_code, value
from {{ ref('mart_quality_findings') }}
where rule_code = 'cumulative_decreasing'
