// Trigram text index: solves `search CONTAINS …` for name/alias search (search-entities) and key lookup
// (entities-by-keys).
CREATE TEXT INDEX entity_search IF NOT EXISTS FOR (e:Entity) ON (e.search)
