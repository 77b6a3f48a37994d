CREATE (:Snapshot {id: $id, createdAt: $createdAt, view: $view})
