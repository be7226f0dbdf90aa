-- Files corrected by a later one. A file of a later batch corrects an earlier file when their
-- names match once the correction words (var correction_name_markers: 更正, 修订 …, with 版 or
-- 稿), copy numbers such as (1) and punctuation are taken out, and it loaded values for every
-- period the earlier file loaded. A corrected file's problems are no longer current
-- (mart_problems); its rows stay in the raw store, and its values were superseded anyway (a
-- later batch wins, int_observation_versions). Same-name files of different months never
-- match: the later one does not cover the earlier one's periods. A file that loaded no value
-- has no periods to compare: only a later file named with a correction word corrects it (a
-- community's 统计表.xlsx of February does not clear January's), or withdraw it.
{% set markers = var('correction_name_markers') %}
with files as (
    select
        file_sha256,
        file_name,
        batch_id,
        values_loaded,
        regexp_replace(
            regexp_replace(
                regexp_replace(
                    regexp_replace(lower(file_name), '\.[a-z0-9]+$', ''),
                    '[（(]\s*\d{1,3}\s*[)）]', '', 'g'),
                '({{ markers | join("|") }})[版稿]?', '', 'g'),
            '[\s_\-—–·.,，、。()（）\[\]【】]', '', 'g') as name_key
    from {{ ref('stg_raw__files') }}
),

periods as (
    select distinct file_sha256, period_grain, period
    from {{ ref('stg_raw__observations') }}
),

candidates as (
    select
        earlier.file_sha256,
        earlier.file_name,
        later.file_sha256 as corrected_by_sha256,
        later.file_name as corrected_by_file_name,
        later.batch_id as corrected_in_batch,
        row_number() over (
            partition by earlier.file_sha256 order by later.batch_id desc, later.file_name desc
        ) as pick
    from files as earlier
    inner join files as later
        on later.name_key = earlier.name_key
        and later.batch_id > earlier.batch_id
        and later.values_loaded > 0
    where earlier.name_key <> ''
        and (
            later.file_name <> earlier.file_name
            or exists (select 1 from periods as own where own.file_sha256 = earlier.file_sha256)
        )
        and not exists (
            select 1
            from periods as p
            where p.file_sha256 = earlier.file_sha256
                and not exists (
                    select 1
                    from periods as q
                    where q.file_sha256 = later.file_sha256
                        and q.period_grain = p.period_grain
                        and q.period = p.period
                )
        )
)

select file_sha256, file_name, corrected_by_sha256, corrected_by_file_name, corrected_in_batch
from candidates
where pick = 1
