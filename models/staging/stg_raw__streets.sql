-- The registered streets (the raw store's copy of the registry, possibly user-imported).
select street_code, street_name, city_code, city_name, prefecture_code, prefecture_name,
       province_code, province_name
from {{ source('raw', 'registry_streets') }}
