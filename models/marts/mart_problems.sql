-- The raw store's problems (one row per problem) that are still current, for dashboard and
-- export: a file corrected by a later one (int_file_corrections) no longer has open problems.
select *
from {{ ref('stg_raw__problems') }}
where file_sha256 not in (select file_sha256 from {{ ref('int_file_corrections') }})
