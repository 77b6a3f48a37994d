// Corrections (server/corrections/): entities a correction rewrites or removes, with every relation and mention
// touching them; the rewritten part is loaded again in the same transaction.
MATCH (e:Entity) WHERE e.id IN $ids
DETACH DELETE e
