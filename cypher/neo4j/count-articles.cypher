// Answered from the count store: no scan.
MATCH (a:Article) RETURN count(a) AS n
