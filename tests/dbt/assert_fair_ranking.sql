-- Fair ranking (error), in every grain, period and method of mart_scores and in every month of
-- mart_petition_ranking (method 'petition_resolution_rate'):
--   * no community with coverage below var ranking_min_coverage is eligible;
--   * an ineligible community has no rank (and no rank interval);
--   * an eligible community has a city rank, and no ineligible one ranks above it: its rank is at
--     most the number of eligible communities of its city (ranks count the eligible only).
with rankings as (
    select community_code, city_code, grain, period, method, coverage, eligible,
           rank_in_city, rank_in_street, rank_in_peer, rank_p05, rank_median, rank_p95
    from {{ ref('mart_scores') }}
    union all
    select community_code, city_code, 'month', period, 'petition_resolution_rate', coverage,
           eligible, rank_in_city, rank_in_street, cast(null as integer), cast(null as integer),
           cast(null as integer), cast(null as integer)
    from {{ ref('mart_petition_ranking') }}
),

eligible_counts as (
    select city_code, grain, period, method, count(*) as eligible_communities
    from rankings
    where eligible
    group by city_code, grain, period, method
)

select rankings.*, eligible_counts.eligible_communities,
    case
        when rankings.eligible and rankings.coverage < {{ var('ranking_min_coverage') }}
            then 'eligible below the coverage rule'
        when not rankings.eligible then 'ineligible but ranked'
        when rankings.rank_in_city is null then 'eligible but not ranked'
        else 'ranked below the eligible: ineligible counted above it'
    end as failure
from rankings
left join eligible_counts
    on eligible_counts.city_code = rankings.city_code
    and eligible_counts.grain = rankings.grain
    and eligible_counts.period = rankings.period
    and eligible_counts.method = rankings.method
where (rankings.eligible and rankings.coverage < {{ var('ranking_min_coverage') }})
    or (rankings.eligible is null)
    or (not rankings.eligible and (rankings.rank_in_city is not null
        or rankings.rank_in_street is not null or rankings.rank_in_peer is not null
        or rankings.rank_p05 is not null or rankings.rank_median is not null
        or rankings.rank_p95 is not null))
    or (rankings.eligible and rankings.rank_in_city is null)
    or (rankings.eligible and rankings.rank_in_city > eligible_counts.eligible_communities)
