// __KIND__ is replaced by the label of kind $kind, never by input. Run at start once per kind: entities written before
// kind labels existed get theirs (a no-op once they have them).
MATCH (e:Entity) WHERE e.kind = $kind AND NOT e:__KIND__
SET e:__KIND__
