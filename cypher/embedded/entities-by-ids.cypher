UNWIND $ids AS wanted
MATCH (e:Entity {id: wanted})
RETURN e.id AS id, e.name AS name, e.kind AS kind, e.aliases AS aliases, e.keys AS keys, e.search AS search,
       e.country AS country, e.notes AS notes
