// Every article id (start-up check of what the archive holds that the store does not).
MATCH (a:Article) RETURN a.id AS id
