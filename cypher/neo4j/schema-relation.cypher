// __TYPE__ is replaced by a relation type from the registry (server/domain/relation-registry.ts), never by input.
// Relationship types need no declaration in Neo4j; this indexes the relation id per type (relations-by-ids).
CREATE INDEX relation_id___TYPE__ IF NOT EXISTS FOR ()-[r:__TYPE__]-() ON (r.id)
