UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
SET e.name = row.name, e.kind = row.kind, e.aliases = row.aliases, e.keys = row.keys, e.search = row.search,
    e.country = row.country, e.notes = row.notes
