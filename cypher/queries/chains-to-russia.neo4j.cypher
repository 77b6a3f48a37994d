// title: Every chain that ends in Russia
// description: Supply chains along SHIPPED_TO, up to six hops, from an origin (nothing is shipped to it) to an entity in the country $country (Russia itself or a Russian company or body), shortest first.
// params: {"country": "RU"}
MATCH p = (s:Entity)-[:SHIPPED_TO*1..6]->(t:Entity)
WHERE t.country = $country AND NOT EXISTS { (:Entity)-[:SHIPPED_TO]->(s) }
RETURN p AS chain, length(p) AS hops, s.name AS origin, t.name AS destination
ORDER BY hops, origin, destination
