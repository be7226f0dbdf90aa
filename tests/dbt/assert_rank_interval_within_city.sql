-- Monte Carlo ranks are within the city, like rank_in_city (error): no interval reaches below the
-- last place among the city's ranked (eligible) communities.
with city_sizes as (
    select method, grain, period, city_code, count(*) as scored
    from {{ ref('mart_scores') }}
    where eligible
    group by method, grain, period, city_code
)

select scores.community_code, scores.grain, scores.period, scores.method, scores.rank_p95,
       city_sizes.scored
from {{ ref('mart_scores') }} as scores
inner join city_sizes
    on city_sizes.method = scores.method
    and city_sizes.grain = scores.grain
    and city_sizes.period = scores.period
    and city_sizes.city_code = scores.city_code
where scores.rank_p95 > city_sizes.scored
