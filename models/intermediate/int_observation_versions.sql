-- Every observation with its version rank. For one (community, indicator, grain, period,
-- is_cumulative) the current version is the highest batch, then the latest file_mtime, then the
-- file name (contracts.md); rows without a community, indicator, period or value never compete
-- (rank 1, never current).
-- Almost every key has one version, so only keys that may have competitors are sorted: a hash of
-- the key counted in one narrow aggregate finds them (a hash collision only sends a few more rows
-- through the window, where their rank is still exact). A window over every row sorted all
-- 30 M observations of a province by five text keys.
{% set columns = [
    'file_sha256', 'batch_id', 'file_name', 'sheet', 'cell_ref', 'raw_text', 'community_code',
    'indicator_code', 'period_grain', 'period', 'period_year', 'period_index', 'period_position',
    'value', 'is_cumulative', 'is_approximate', 'file_mtime', 'ingested_at', 'is_keyed'] %}
with observations as (
    select
        *,
        case
            when community_code is not null and indicator_code is not null
                and period_index is not null and value is not null then true
            else false
        end as is_keyed,
        hash(community_code, indicator_code, period_grain, period, is_cumulative) as key_hash
    from {{ ref('stg_raw__observations') }}
),

contested_hashes as (
    select key_hash
    from observations
    where is_keyed
    group by key_hash
    having count(*) > 1
),

contested as (
    select observations.*
    from observations
    inner join contested_hashes on contested_hashes.key_hash = observations.key_hash
    where observations.is_keyed
)

select {{ columns | join(', ') }}, 1 as version_rank
from observations
where not is_keyed
    or key_hash not in (select key_hash from contested_hashes)

union all

select
    {{ columns | join(', ') }},
    row_number() over (
        partition by community_code, indicator_code, period_grain, period, is_cumulative
        order by batch_id desc, file_mtime desc, file_name desc, sheet desc, cell_ref desc
    ) as version_rank
from contested
