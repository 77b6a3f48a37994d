// Blocks until every index is ONLINE (fails if one is FAILED), so the first search after start uses them.
CALL db.awaitIndexes($timeoutSeconds)
