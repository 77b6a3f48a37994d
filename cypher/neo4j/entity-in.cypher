MATCH (b:Entity)-[r]->(a:Entity {id: $id})
RETURN r.id AS id, type(r) AS type, b.id AS source, a.id AS target, r.props AS props, r.evidence AS evidence,
       r.articles AS articles, r.sources AS sources, b.id AS otherId, b.name AS otherName, b.kind AS otherKind
