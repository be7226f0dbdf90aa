-- One row per community × month that anyone reported: how many of the month's expected
-- indicators the community reported (on time or late) and the status reported (all), partial
-- (some) or missing (none).
select
    community_code,
    community_name,
    street_code,
    period,
    period_index,
    count(*) as indicators_expected,
    sum(case when status <> 'missing' then 1 else 0 end) as indicators_reported,
    sum(case when status = 'late' then 1 else 0 end) as indicators_late,
    case
        when sum(case when status <> 'missing' then 1 else 0 end) = count(*) then 'reported'
        when sum(case when status <> 'missing' then 1 else 0 end) = 0 then 'missing'
        else 'partial'
    end as status
from {{ ref('mart_submission_detail') }}
group by community_code, community_name, street_code, period, period_index
