-- Consistency: public-welfare jobs are part of the jobs created (warns: a finding to review).
{{ config(severity='warn') }}
select community_code, period, value
from {{ ref('mart_quality_findings') }}
where rule_code = 'public_welfare_gt_jobs'
