-- Consistency: a community cannot resolve more petitions in a month than it received (warns:
-- carried-over resolutions make it possible, so it is a finding to review, not a build failure).
{{ config(severity='warn') }}
select community_code, period, petitions_received, petitions_resolved
from {{ ref('mart_petition_ranking') }}
where petitions_resolved > petitions_received
