-- One row per registered community, with its street, city, latest reported residents and
-- population peer group (seeds/peer_groups.csv; 'unknown' until residents are reported).
with communities as (
    select * from {{ ref('stg_raw__communities') }}
),

residents_reports as (
    select
        community_code,
        value as residents,
        period as residents_period,
        row_number() over (
            partition by community_code order by period_index desc
        ) as recency
    from {{ ref('int_period_values') }}
    where indicator_code = 'residents' and grain = 'month'
),

latest_residents as (
    select community_code, residents, residents_period from residents_reports where recency = 1
)

select
    communities.community_code,
    communities.community_name,
    communities.street_code,
    streets.street_name,
    streets.city_code,
    streets.city_name,
    latest_residents.residents,
    latest_residents.residents_period,
    coalesce(peer_groups.peer_group, 'unknown') as peer_group,
    coalesce(peer_groups.peer_group_name, '人口未报') as peer_group_name
from communities
left join {{ ref('stg_raw__streets') }} as streets
    on streets.street_code = communities.street_code
left join latest_residents
    on latest_residents.community_code = communities.community_code
left join {{ ref('peer_groups') }} as peer_groups
    on latest_residents.residents >= peer_groups.min_residents
    and (peer_groups.max_residents is null or latest_residents.residents < peer_groups.max_residents)
