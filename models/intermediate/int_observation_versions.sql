-- Every observation with its version rank. For one (community, indicator, grain, period,
-- is_cumulative) the current version is the highest batch, then the latest file_mtime, then the
-- file name (contracts.md); rows without a community, indicator, period or value never compete
-- (rank 1, never current). For each version: how many versions of its key its own batch holds,
-- and how many distinct values among them (more than one = a conflict within the batch).
-- Almost every key has one version, so only keys that may have competitors are sorted and
-- counted: a hash of the key counted in one narrow aggregate finds them (a hash collision only
-- sends a few more rows through the window, where ranks and counts are still exact). A window
-- over every row sorted all 30 M observations of a province by five text keys.
{% set columns = [
    'file_sha256', 'batch_id', 'file_name', 'sheet', 'cell_ref', 'raw_text', 'community_code',
    'indicator_code', 'period_grain', 'period', 'period_year', 'period_index', 'period_position',
    'value', 'is_cumulative', 'is_approximate', 'file_mtime', 'ingested_at', 'is_keyed'] %}
{% set key = ['community_code', 'indicator_code', 'period_grain', 'period', 'is_cumulative'] %}
with observations as (
    select
        *,
        case
            when community_code is not null and indicator_code is not null
                and period_index is not null and value is not null then true
            else false
        end as is_keyed,
        {{ key_hash(key) }} as key_hash
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
),

contested_batches as (
    select
        {{ key | join(', ') }}, batch_id,
        count(*) as versions_in_batch,
        count(distinct value) as distinct_values_in_batch
    from contested
    group by {{ key | join(', ') }}, batch_id
)

select
    {{ columns | join(', ') }},
    1 as version_rank, 1 as versions_in_batch, 1 as distinct_values_in_batch
from observations
where not is_keyed
    or key_hash not in (select key_hash from contested_hashes)

union all

select
    {% for column in columns %}contested.{{ column }}, {% endfor %}
    row_number() over (
        partition by {% for column in key %}contested.{{ column }}{{ ', ' if not loop.last }}{% endfor %}
        order by contested.batch_id desc, contested.file_mtime desc nulls last,
            {{ binary_text('contested.file_name') }} desc nulls last,
            {{ binary_text('contested.sheet') }} desc nulls last,
            {{ binary_text('contested.cell_ref') }} desc nulls last
    ) as version_rank,
    contested_batches.versions_in_batch,
    contested_batches.distinct_values_in_batch
from contested
inner join contested_batches
    on {% for column in key %}contested_batches.{{ column }} = contested.{{ column }}
    and {% endfor %}contested_batches.batch_id = contested.batch_id
