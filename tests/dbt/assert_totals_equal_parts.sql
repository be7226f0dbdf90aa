-- Consistency: a reported quarter/year total equals the sum of its reported months (warns).
{{ config(severity='warn') }}
select community_code, period, indicator_code, value
from {{ ref('mart_quality_findings') }}
where rule_code = 'total_ne_parts'
