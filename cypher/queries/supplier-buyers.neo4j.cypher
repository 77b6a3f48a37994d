// title: Each supplier's buyers, with the number of sources
// description: One row per supplier and buyer, with how many distinct articles back the shipment; best-sourced first within each supplier.
MATCH (s:Entity)-[r:SHIPPED_TO]->(b:Entity)
RETURN s.name AS supplier, b.name AS buyer, r.sources AS sources, r AS shipment
ORDER BY supplier, sources DESC, buyer
