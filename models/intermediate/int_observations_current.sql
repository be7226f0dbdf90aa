-- The current version of each observed value (one row per community, indicator, grain, period,
-- is_cumulative), with the number of competing versions in the same batch (conflicts).
with versions as (
    select * from {{ ref('int_observation_versions') }} where is_keyed
),

same_batch as (
    select
        community_code, indicator_code, period_grain, period, is_cumulative, batch_id,
        count(*) as versions_in_batch,
        count(distinct value) as distinct_values_in_batch
    from versions
    group by community_code, indicator_code, period_grain, period, is_cumulative, batch_id
)

select
    versions.file_sha256,
    versions.batch_id,
    versions.file_name,
    versions.sheet,
    versions.cell_ref,
    versions.raw_text,
    versions.community_code,
    versions.indicator_code,
    versions.period_grain,
    versions.period,
    versions.period_year,
    versions.period_index,
    versions.period_position,
    versions.value,
    versions.is_cumulative,
    versions.is_approximate,
    versions.file_mtime,
    versions.ingested_at,
    same_batch.versions_in_batch,
    same_batch.distinct_values_in_batch
from versions
inner join same_batch
    on same_batch.community_code = versions.community_code
    and same_batch.indicator_code = versions.indicator_code
    and same_batch.period_grain = versions.period_grain
    and same_batch.period = versions.period
    and same_batch.is_cumulative = versions.is_cumulative
    and same_batch.batch_id = versions.batch_id
where versions.version_rank = 1
