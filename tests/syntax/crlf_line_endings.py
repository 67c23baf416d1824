# proves: CRLF line endings count lines like LF
x = 1
y = )
