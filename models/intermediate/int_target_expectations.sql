-- One row per community × grain × period × indicator that has a target (seeds/targets.csv) and
-- that some community reported for that grain and period. The most specific target wins:
-- street over city-wide, then a named period, then a named grain.
with reported as (
    select distinct grain, period, period_index, indicator_code
    from {{ ref('fct_indicator_period') }}
    where level = 'community'
),

candidates as (
    select
        communities.community_code,
        communities.street_code,
        reported.grain,
        reported.period,
        reported.period_index,
        reported.indicator_code,
        targets.target_operator,
        targets.target_value,
        targets.note as target_note,
        row_number() over (
            partition by communities.community_code, reported.grain, reported.period,
                reported.indicator_code
            order by
                case when targets.street_code is not null then 4 else 0 end
                + case when targets.period is not null then 2 else 0 end
                + case when targets.grain is not null then 1 else 0 end desc
        ) as specificity_rank
    from {{ ref('dim_community') }} as communities
    cross join reported
    inner join {{ ref('targets') }} as targets
        on targets.indicator_code = reported.indicator_code
        and (targets.street_code is null or targets.street_code = communities.street_code)
        and (targets.grain is null or targets.grain = reported.grain)
        and (targets.period is null or targets.period = reported.period)
)

select
    community_code, street_code, grain, period, period_index, indicator_code, target_operator,
    target_value, target_note
from candidates
where specificity_rank = 1
