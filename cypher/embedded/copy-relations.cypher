// Bulk path: __TYPE__ is a registry relation type; __FILE__ a temporary file the store itself wrote.
COPY __TYPE__ FROM '__FILE__' (header=false, delim='\t', quote='\x02', escape='\x03')
