MATCH (s:Snapshot {id: $id}) RETURN s.id AS id, s.createdAt AS createdAt, s.view AS view
