// Every relationship leaving an Entity is a registry relation (MENTIONS leave Articles). One label and no type
// lets the count store answer without scanning, unlike (:Entity)-[r]->(:Entity).
MATCH (:Entity)-[r]->() RETURN count(r) AS n
