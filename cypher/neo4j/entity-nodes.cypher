// Entities with their degrees and sanction flags, as nodes are shown (nodesByIds): one statement where three cost the
// driver three round trips.
MATCH (e:Entity) WHERE e.id IN $ids
RETURN e.id AS id, e.name AS name, e.kind AS kind, e.aliases AS aliases, e.country AS country, e.notes AS notes,
       COUNT { (e)-[]-(:Entity) } AS degree, EXISTS { (:Entity)-[:SANCTIONED]->(e) } AS sanctioned
