-- One row per registered street, with its city (the 6-digit county-level code).
select street_code, street_name, city_code, city_name, prefecture_code, prefecture_name,
       province_code, province_name
from {{ ref('stg_raw__streets') }}
