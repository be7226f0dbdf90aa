-- A copy of the raw store's files table (one row per submitted file), for dashboard and export.
select * from {{ ref('stg_raw__files') }}
