-- Every observation with its version rank. For one (community, indicator, grain, period,
-- is_cumulative) the current version is the highest batch, then the latest file_mtime, then the
-- file name (contracts.md); rows without a community, indicator, period or value never compete.
with observations as (
    select
        *,
        case
            when community_code is not null and indicator_code is not null
                and period_index is not null and value is not null then true
            else false
        end as is_keyed
    from {{ ref('stg_raw__observations') }}
)

select
    *,
    row_number() over (
        partition by is_keyed, community_code, indicator_code, period_grain, period, is_cumulative
        order by batch_id desc, file_mtime desc, file_name desc, sheet desc, cell_ref desc
    ) as version_rank
from observations
