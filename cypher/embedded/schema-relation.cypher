// __TYPE__ is replaced by a relation type from the registry (server/domain/relation-registry.ts), never by input.
CREATE REL TABLE IF NOT EXISTS __TYPE__(FROM Entity TO Entity, id STRING, props STRING, evidence STRING, articles STRING[], sources INT64)
