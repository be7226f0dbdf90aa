-- One row per community × grain × period × method (target_ratio | composite): the score, its
-- ranks within street, city and population peer group (1 = best, ties share), the change of the
-- city rank against the previous period, the Monte Carlo rank interval (5 %, median, 95 %) and
-- the coverage of the due indicator-months; and the same draws' interval within the peer group
-- (peer_rank_*, like rank_in_peer). Only eligible communities are ranked (coverage at
-- least var ranking_min_coverage, see int_scores_nominal); the others keep their score and get
-- eligible = false, the reason and null ranks.
with nominal as (
    select
        scores.*,
        communities.community_name,
        communities.street_code,
        communities.street_name,
        communities.city_code,
        communities.peer_group
    from {{ ref('int_scores_nominal') }} as scores
    inner join {{ ref('dim_community') }} as communities
        on communities.community_code = scores.community_code
),

ranked as (
    select
        nominal.*,
        case when eligible then rank() over (
            partition by method, grain, period, street_code, eligible order by score desc
        ) end as rank_in_street,
        case when eligible then rank() over (
            partition by method, grain, period, city_code, eligible order by score desc
        ) end as rank_in_city,
        case when eligible then rank() over (
            partition by method, grain, period, peer_group, eligible order by score desc
        ) end as rank_in_peer
    from nominal
),

intervals as (
    select * from {{ ref('int_rank_intervals') }}
)

select
    ranked.community_code,
    ranked.community_name,
    ranked.street_code,
    ranked.street_name,
    ranked.city_code,
    ranked.peer_group,
    ranked.grain,
    ranked.period,
    ranked.period_index,
    ranked.method,
    ranked.score,
    ranked.eligible,
    ranked.eligibility_reason,
    ranked.rank_in_street,
    ranked.rank_in_city,
    ranked.rank_in_peer,
    previous_period.rank_in_city - ranked.rank_in_city as rank_change,
    intervals.rank_p05,
    intervals.rank_median,
    intervals.rank_p95,
    intervals.peer_rank_p05,
    intervals.peer_rank_median,
    intervals.peer_rank_p95,
    intervals.draws as mc_draws,
    ranked.coverage,
    ranked.months_due,
    ranked.months_reported,
    ranked.indicators_expected,
    ranked.indicators_reported,
    ranked.indicators_approximate,
    ranked.missing_indicators,
    case when ranked.indicators_reported < ranked.indicators_expected then true else false end
        as has_missing
from ranked
left join ranked as previous_period
    on previous_period.method = ranked.method
    and previous_period.community_code = ranked.community_code
    and previous_period.grain = ranked.grain
    and previous_period.period_index = ranked.period_index - 1
left join intervals
    on intervals.method = ranked.method
    and intervals.community_code = ranked.community_code
    and intervals.grain = ranked.grain
    and intervals.period = ranked.period
