// title: Sanctioned entities that still ship
// description: Entities under a sanction with shipments on record; compare the sanction's date (props of the SANCTIONED edge) with each shipment's period and its quotes.
MATCH (g:Entity)-[s:SANCTIONED]->(e:Entity)-[r:SHIPPED_TO]->(b:Entity)
RETURN e AS sanctioned, g AS sanctionedBy, s AS sanction, r AS shipment, b AS buyer
ORDER BY e.name, b.name
