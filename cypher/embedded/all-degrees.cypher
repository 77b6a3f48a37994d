// Every connected entity's degree in one scan (~0.15 s at 300k relations), read once per graph version so path
// answers need no per-entity degree query.
MATCH (e:Entity)-[r]-(:Entity)
RETURN e.id AS id, count(r) AS degree
