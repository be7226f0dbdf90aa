-- Monte Carlo sanity (error): p05 <= median <= p95 wherever an interval exists.
select community_code, grain, period, method, rank_p05, rank_median, rank_p95
from {{ ref('mart_scores') }}
where rank_p05 > rank_median or rank_median > rank_p95
