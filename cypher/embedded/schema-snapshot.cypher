// A saved view (POST /api/snapshots): the view as JSON text, kept with the graph so it survives restarts and travels
// with the database; it never changes once written, whatever happens to the graph.
CREATE NODE TABLE IF NOT EXISTS Snapshot(id STRING PRIMARY KEY, createdAt STRING, view STRING)
