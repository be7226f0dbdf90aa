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
{% set extension %}\.[a-z0-9]+${% endset %}
{% set copy_number %}[（(]\s*\d{1,3}\s*[)）]{% endset %}
{% set correction_word %}({{ markers | join("|") }})[版稿]?{% endset %}
{% set punctuation %}[\s_\-—–·.,，、。()（）\[\]【】]{% endset %}
{% set name_key = namespace(sql='lower(file_name)') %}
{% for pattern in (extension, copy_number, correction_word, punctuation) %}
    {% set name_key.sql = regexp_replace_all(name_key.sql, pattern, '') %}
{% endfor %}
with files as (
    select
        file_sha256,
        file_name,
        batch_id,
        values_loaded,
        {{ name_key.sql }} as name_key
    from {{ ref('stg_raw__files') }}
),

periods as (
    select distinct file_sha256, period_grain, period
    from {{ ref('stg_raw__observations') }}
),

-- Same-name pairs, the later file with values and a later batch.
pairs as (
    select
        earlier.file_sha256,
        earlier.file_name,
        later.file_sha256 as corrected_by_sha256,
        later.file_name as corrected_by_file_name,
        later.batch_id as corrected_in_batch
    from files as earlier
    inner join files as later
        on later.name_key = earlier.name_key
        and later.batch_id > earlier.batch_id
        and later.values_loaded > 0
    where earlier.name_key <> ''
        and (
            later.file_name <> earlier.file_name
            or earlier.file_sha256 in (select file_sha256 from periods)
        )
),

-- A period of the earlier file that the later one did not load (one level of subquery per
-- condition: Spark resolves no column of a query two levels out).
uncovered as (
    select distinct pairs.file_sha256, pairs.corrected_by_sha256
    from pairs
    inner join periods as p
        on p.file_sha256 = pairs.file_sha256
    left join periods as q
        on q.file_sha256 = pairs.corrected_by_sha256
        and q.period_grain = p.period_grain
        and q.period = p.period
    where q.file_sha256 is null
),

candidates as (
    select
        pairs.*,
        row_number() over (
            partition by pairs.file_sha256 order by pairs.corrected_in_batch desc, pairs.corrected_by_file_name desc
        ) as pick
    from pairs
    left join uncovered
        on uncovered.file_sha256 = pairs.file_sha256
        and uncovered.corrected_by_sha256 = pairs.corrected_by_sha256
    where uncovered.file_sha256 is null
)

select file_sha256, file_name, corrected_by_sha256, corrected_by_file_name, corrected_in_batch
from candidates
where pick = 1
