# Proves: raising KeyError directly shows the repr of the key.
raise KeyError("the key")
