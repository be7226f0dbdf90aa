-- Roll-up integrity (error): a street's flow for a period is the sum of its communities'.
with community_sums as (
    select street_code, grain, period, indicator_code, sum(value) as community_sum
    from {{ ref('fct_indicator_period') }}
    where level = 'community' and kind = 'flow'
    group by street_code, grain, period, indicator_code
)
select streets.unit_code, streets.grain, streets.period, streets.indicator_code, streets.value,
       community_sums.community_sum
from {{ ref('fct_indicator_period') }} as streets
inner join community_sums
    on community_sums.street_code = streets.unit_code
    and community_sums.grain = streets.grain
    and community_sums.period = streets.period
    and community_sums.indicator_code = streets.indicator_code
where streets.level = 'street' and abs(streets.value - community_sums.community_sum) > 1e-6
