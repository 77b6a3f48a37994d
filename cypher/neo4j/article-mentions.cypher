MATCH (a:Article {id: $id})-[m:MENTIONS]->(e:Entity)
RETURN e.id AS entity, e.name AS name, e.kind AS kind, m.spans AS spans
