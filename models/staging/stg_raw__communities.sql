-- The registered communities.
select community_code, community_name, street_code
from {{ source('raw', 'registry_communities') }}
