// The articles list: how many relations each article gives evidence for (one pass over the relations).
MATCH (:Entity)-[r]->(:Entity)
UNWIND r.articles AS art
WITH art WHERE art IN $ids
RETURN art AS id, count(*) AS n
