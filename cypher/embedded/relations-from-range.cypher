// Every relation whose source id sorts after $after and not after $last, with its evidence: whole-graph exports walk
// the relations one range of source ids at a time (a range scan, far cheaper here than a long IN list).
MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id > $after AND a.id <= $last
RETURN r.id AS id, label(r) AS type, a.id AS source, b.id AS target, r.props AS props, r.evidence AS evidence,
       r.sources AS sources
