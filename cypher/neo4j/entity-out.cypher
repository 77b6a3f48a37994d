MATCH (a:Entity {id: $id})-[r]->(b:Entity)
RETURN r.id AS id, type(r) AS type, a.id AS source, b.id AS target, r.props AS props, r.evidence AS evidence,
       r.articles AS articles, r.sources AS sources, b.id AS otherId, b.name AS otherName, b.kind AS otherKind
