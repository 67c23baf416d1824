# proves: 'try' needs 'except' or 'finally'
try:
    x = 1
y = 2
