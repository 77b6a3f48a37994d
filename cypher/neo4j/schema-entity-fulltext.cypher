// Lucene index over names and aliases, for researchers' queries through the Cypher console, e.g.
// CALL db.index.fulltext.queryNodes("entity_names", "drone*"). The app's own search uses entity_search.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases]
