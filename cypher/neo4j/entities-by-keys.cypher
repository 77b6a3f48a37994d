// `search` is "|key1|key2|", so CONTAINS "|key|" lets the text index on Entity.search find the candidates (no index
// solves membership in a list property); `k IN e.keys` keeps the match exact.
UNWIND $keys AS k
MATCH (e:Entity) WHERE e.search CONTAINS ('|' + toString(k) + '|') AND k IN e.keys
RETURN DISTINCT e.id AS id, e.name AS name, e.kind AS kind, e.aliases AS aliases, e.keys AS keys, e.search AS search,
       e.country AS country, e.notes AS notes
