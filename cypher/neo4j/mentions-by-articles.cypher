MATCH (a:Article)-[m:MENTIONS]->(e:Entity) WHERE a.id IN $ids
RETURN a.id AS article, e.id AS entity, m.spans AS spans
