MATCH (e:Entity) WHERE size($kinds) = 0 OR e.kind IN $kinds
RETURN e.id AS id, e.name AS name, e.kind AS kind, e.aliases AS aliases, e.country AS country, e.notes AS notes
