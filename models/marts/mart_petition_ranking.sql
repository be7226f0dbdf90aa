-- One row per community × month in which petitions were due (some community reported a petition
-- figure): received, resolved, the resolution rate (resolved / received * 100, recomputed), the
-- coverage of the due petition figures, who is ranked and why (var ranking_min_coverage, as in
-- mart_scores) and the rank within the street and the city among the eligible (1 = best; ties
-- share a rank). A community that sent nothing is listed, not left out: eligible = false, null rank.
with petition_values as (
    select community_code, period, period_index, indicator_code, value, is_approximate
    from {{ ref('fct_indicator_monthly') }}
    where indicator_code in ('petitions_received', 'petitions_resolved', 'petition_resolution_rate')
        and value is not null
),

-- Due: the parts anyone reported that month; a month with rates only (no parts) is due the rate.
due as (
    select distinct period, period_index, indicator_code
    from petition_values
    where indicator_code in ('petitions_received', 'petitions_resolved')
    union
    select distinct period, period_index, indicator_code
    from petition_values as rates
    where indicator_code = 'petition_resolution_rate'
        and not exists (
            select 1 from petition_values as parts
            where parts.period = rates.period
                and parts.indicator_code in ('petitions_received', 'petitions_resolved'))
),

months as (
    select period, period_index, count(*) as figures_due from due group by period, period_index
),

petitions as (
    select
        petition_values.community_code,
        petition_values.period,
        max(case when petition_values.indicator_code = 'petitions_received' then value end)
            as petitions_received,
        max(case when petition_values.indicator_code = 'petitions_resolved' then value end)
            as petitions_resolved,
        max(case when petition_values.indicator_code = 'petition_resolution_rate' then value end)
            as resolution_rate,
        max(case when is_approximate then 1 else 0 end) as any_approximate,
        count(due.indicator_code) as figures_reported
    from petition_values
    left join due
        on due.period = petition_values.period
        and due.indicator_code = petition_values.indicator_code
    group by petition_values.community_code, petition_values.period
),

community_months as (
    select
        communities.community_code,
        communities.community_name,
        communities.street_code,
        communities.street_name,
        communities.city_code,
        months.period,
        months.period_index,
        petitions.petitions_received,
        petitions.petitions_resolved,
        petitions.resolution_rate,
        coalesce(petitions.any_approximate, 0) as any_approximate,
        cast(coalesce(petitions.figures_reported, 0) as {{ type_double() }}) / months.figures_due
            as coverage
    from {{ ref('dim_community') }} as communities
    cross join months
    left join petitions
        on petitions.community_code = communities.community_code
        and petitions.period = months.period
),

eligibility as (
    select
        community_months.*,
        {{ ranking_eligible('coverage', 'resolution_rate is not null') }} as eligible,
        {{ eligibility_reason('coverage', 'resolution_rate is not null',
            "'受理数为 0 或缺失，无办结率，不参与排名'") }} as eligibility_reason
    from community_months
),

ranked as (
    select
        eligibility.*,
        case when eligible then rank() over (
            partition by street_code, period, eligible order by resolution_rate desc
        ) end as rank_in_street,
        case when eligible then rank() over (
            partition by city_code, period, eligible order by resolution_rate desc
        ) end as rank_in_city
    from eligibility
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
    this_month.coverage,
    this_month.eligible,
    this_month.eligibility_reason,
    this_month.rank_in_street,
    this_month.rank_in_city,
    previous_month.rank_in_city - this_month.rank_in_city as rank_change_in_city,
    case when this_month.any_approximate = 1 then true else false end as is_approximate
from ranked as this_month
left join ranked as previous_month
    on previous_month.community_code = this_month.community_code
    and previous_month.period_index = this_month.period_index - 1
