// __KIND__ is replaced by the label of the rows' kind (Company, Country, …) and __OTHER_KINDS__ by the other kinds'
// labels, never by input: the adapter runs this once per kind, so each entity is `:Entity:<Kind>` for researchers who
// write MATCH (c:Company), and keeps one kind label when its kind changes.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
SET e.name = row.name, e.kind = row.kind, e.aliases = row.aliases, e.keys = row.keys, e.search = row.search,
    e.country = row.country, e.notes = row.notes
REMOVE e:__OTHER_KINDS__
SET e:__KIND__
