// Out- and in-degree of the ends of a chain search (any relation), so the search starts from the side with less to read.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, COUNT { (n)-->() } AS outDegree, COUNT { (n)<--() } AS inDegree
