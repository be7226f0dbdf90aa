-- The indicator catalogue (seeds/indicators.csv); derived indicators carry their formula parts.
select
    indicator_code,
    indicator_name,
    unit,
    kind,
    direction,
    domain,
    definition,
    numerator_code,
    denominator_code,
    multiplier,
    case when kind = 'derived' then 1 else 0 end as is_derived
from {{ ref('indicators') }}
