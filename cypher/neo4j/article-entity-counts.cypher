// The articles list: how many entities each article names.
UNWIND $ids AS wanted
MATCH (a:Article {id: wanted})-[:MENTIONS]->(e:Entity)
RETURN a.id AS id, count(e) AS n
