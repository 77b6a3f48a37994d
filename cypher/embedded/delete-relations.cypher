// __TYPE__ is replaced by a relation type from the registry, never by input. Relations a correction rewrites or rejects.
MATCH (:Entity)-[r:__TYPE__]->(:Entity) WHERE r.id IN $ids
DELETE r
