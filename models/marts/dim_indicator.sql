-- One row per catalogue indicator (incl. derived), with its 口径 and, for derived ones, formula.
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
    case
        when kind = 'derived'
            then numerator_code || ' / ' || denominator_code || ' * ' || {{ double_text('multiplier') }}
    end as formula,
    case kind
        when 'flow' then 'sum'
        when 'stock' then 'last'
        when 'derived' then 'recomputed'
    end as rollup_rule
from {{ ref('stg_seed__indicators') }}
