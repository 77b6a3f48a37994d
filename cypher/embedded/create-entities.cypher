UNWIND $rows AS row
CREATE (:Entity {id: row.id, name: row.name, kind: row.kind, aliases: row.aliases, keys: row.keys, search: row.search,
                 country: row.country, notes: row.notes})
