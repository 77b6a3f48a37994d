// Entities located in a country (by ISO code), for chains into or out of it; the caller leaves out the country's own
// node (kind 'country'), which shares the code.
MATCH (e:Entity) WHERE e.country = $country
RETURN e.id AS id, e.kind AS kind
