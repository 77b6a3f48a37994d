// title: Intermediaries in at least two chains
// description: Entities that both receive and pass on shipments, on at least two distinct supplier → intermediary → buyer legs.
MATCH (s:Entity)-[:SHIPPED_TO]->(m:Entity)-[:SHIPPED_TO]->(b:Entity)
WHERE s.id <> b.id
WITH m, count(DISTINCT [s.id, b.id]) AS chains, collect(DISTINCT s.name) AS suppliers, collect(DISTINCT b.name) AS buyers
WHERE chains >= 2
RETURN m AS intermediary, chains, suppliers, buyers
ORDER BY chains DESC, m.name
