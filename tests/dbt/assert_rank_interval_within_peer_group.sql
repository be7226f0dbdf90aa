-- Monte Carlo peer-group ranks are ranks within the peer group, like rank_in_peer (error), as
-- assert_rank_interval_within_city / _contains_median check the city interval:
--   * a ranked community has a peer interval exactly when it has a city interval;
--   * the peer interval lies within 1..the number of eligible communities of its peer group
--     (across cities), with p05 <= median <= p95;
--   * it reaches rank_in_peer's neighbourhood: no further from rank_in_peer than the city
--     interval's width (at least 1), so a city rank mistaken for a peer rank shows here.
with peer_sizes as (
    select method, grain, period, peer_group, count(*) as ranked
    from {{ ref('mart_scores') }}
    where eligible
    group by method, grain, period, peer_group
)

select scores.community_code, scores.grain, scores.period, scores.method, scores.peer_group,
       scores.rank_in_peer, scores.peer_rank_p05, scores.peer_rank_median, scores.peer_rank_p95,
       scores.rank_p05, scores.rank_p95, peer_sizes.ranked
from {{ ref('mart_scores') }} as scores
inner join peer_sizes
    on peer_sizes.method = scores.method
    and peer_sizes.grain = scores.grain
    and peer_sizes.period = scores.period
    and peer_sizes.peer_group = scores.peer_group
where scores.eligible
    and ((scores.peer_rank_p05 is null) != (scores.rank_p05 is null)
        or scores.peer_rank_p05 < 1
        or scores.peer_rank_p95 > peer_sizes.ranked
        or scores.peer_rank_p05 > scores.peer_rank_median
        or scores.peer_rank_median > scores.peer_rank_p95
        or scores.peer_rank_p05 > scores.rank_in_peer + greatest(1, scores.rank_p95 - scores.rank_p05)
        or scores.peer_rank_p95 < scores.rank_in_peer - greatest(1, scores.rank_p95 - scores.rank_p05))
