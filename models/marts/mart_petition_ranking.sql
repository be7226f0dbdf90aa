-- One row per community × month with petitions: received, resolved, the resolution rate
-- (resolved / received * 100, recomputed) and its rank within the street and the city
-- (1 = best; ties share a rank; no rate, no rank).
with petitions as (
    select
        community_code,
        period,
        period_index,
        max(case when indicator_code = 'petitions_received' then value end) as petitions_received,
        max(case when indicator_code = 'petitions_resolved' then value end) as petitions_resolved,
        max(case when indicator_code = 'petition_resolution_rate' then value end) as resolution_rate,
        max(case when is_approximate then 1 else 0 end) as any_approximate
    from {{ ref('fct_indicator_monthly') }}
    where indicator_code in ('petitions_received', 'petitions_resolved', 'petition_resolution_rate')
    group by community_code, period, period_index
),

ranked as (
    select
        petitions.*,
        communities.community_name,
        communities.street_code,
        communities.street_name,
        communities.city_code,
        case when resolution_rate is not null then rank() over (
            partition by communities.street_code, petitions.period, resolution_rate is null
            order by resolution_rate desc
        ) end as rank_in_street,
        case when resolution_rate is not null then rank() over (
            partition by communities.city_code, petitions.period, resolution_rate is null
            order by resolution_rate desc
        ) end as rank_in_city
    from petitions
    left join {{ ref('dim_community') }} as communities
        on communities.community_code = petitions.community_code
)

select
    this_month.community_code,
    this_month.community_name,
    this_month.street_code,
    this_month.street_name,
    this_month.city_code,
    this_month.period,
    this_month.period_index,
    this_month.petitions_received,
    this_month.petitions_resolved,
    this_month.resolution_rate,
    this_month.rank_in_street,
    this_month.rank_in_city,
    previous_month.rank_in_city - this_month.rank_in_city as rank_change_in_city,
    case when this_month.any_approximate = 1 then true else false end as is_approximate
from ranked as this_month
left join ranked as previous_month
    on previous_month.community_code = this_month.community_code
    and previous_month.period_index = this_month.period_index - 1
