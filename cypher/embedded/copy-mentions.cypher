// Bulk path for mentions the store does not hold yet (all of a new article's): __FILE__ is a temporary file the
// store itself wrote. Columns: article id, entity id, spans.
COPY MENTIONS FROM '__FILE__' (header=false, delim='\t', quote='\x02', escape='\x03')
