# proves: a backslash continuation must end its line
x = 1 + \ 2
