-- Consistency: every dibao household has at least one person (warns).
{{ config(severity='warn') }}
select community_code, period, value
from {{ ref('mart_quality_findings') }}
where rule_code = 'dibao_persons_lt_households'
