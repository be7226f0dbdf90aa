-- A copy of the raw store's problems table (one row per problem), for dashboard and export.
select * from {{ ref('stg_raw__problems') }}
