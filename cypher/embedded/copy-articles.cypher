// Bulk path: __FILE__ is a temporary file the store itself wrote (a path cannot be a parameter).
COPY Article FROM '__FILE__' (header=false, delim='\t', quote='\x02', escape='\x03', parallel=false)
