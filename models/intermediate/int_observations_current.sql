-- The current version of each observed value (one row per community, indicator, grain, period,
-- is_cumulative), with the number of competing versions in the same batch (conflicts).
-- Almost every key has one version: the per-batch counts are computed only for keys with a
-- second version (a small set), the rest have 1 and 1 — no aggregate over every row.
-- A view: its readers filter it (is_cumulative) or copy it once (int_period_values); a table
-- wrote every current observation again.
{{ config(materialized='view') }}
with versions as (
    select * from {{ ref('int_observation_versions') }} where is_keyed
),

contested as (
    select community_code, indicator_code, period_grain, period, is_cumulative
    from versions
    where version_rank = 2
),

same_batch as (
    select
        versions.community_code, versions.indicator_code, versions.period_grain, versions.period,
        versions.is_cumulative, versions.batch_id,
        count(*) as versions_in_batch,
        count(distinct versions.value) as distinct_values_in_batch
    from versions
    inner join contested
        on contested.community_code = versions.community_code
        and contested.indicator_code = versions.indicator_code
        and contested.period_grain = versions.period_grain
        and contested.period = versions.period
        and contested.is_cumulative = versions.is_cumulative
    group by versions.community_code, versions.indicator_code, versions.period_grain,
        versions.period, versions.is_cumulative, versions.batch_id
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
    coalesce(same_batch.versions_in_batch, 1) as versions_in_batch,
    coalesce(same_batch.distinct_values_in_batch, 1) as distinct_values_in_batch
from versions
left join same_batch
    on same_batch.community_code = versions.community_code
    and same_batch.indicator_code = versions.indicator_code
    and same_batch.period_grain = versions.period_grain
    and same_batch.period = versions.period
    and same_batch.is_cumulative = versions.is_cumulative
    and same_batch.batch_id = versions.batch_id
where versions.version_rank = 1
