// Candidates for rankSearch (server/store/assemble.ts), best first, so the LIMIT never drops a better match than it
// keeps: a whole key, a key prefix, a later word's prefix, any substring. `search` is "|key1|key2|" and keys are
// words joined by single spaces, so these CONTAINS tests are exactly rankSearch's ranks.
MATCH (e:Entity) WHERE e.search CONTAINS $q
WITH e,
     CASE
       WHEN e.search CONTAINS ('|' + $q + '|') THEN 0
       WHEN e.search CONTAINS ('|' + $q) THEN 1
       WHEN NOT $q CONTAINS ' ' AND e.search CONTAINS (' ' + $q) THEN 2
       ELSE 3
     END AS rank
ORDER BY rank, e.name
LIMIT $scan
RETURN e.id AS id, e.name AS name, e.kind AS kind, e.aliases AS aliases, e.keys AS keys, e.search AS search,
       e.country AS country, e.notes AS notes
