# Proves: an imported module's __name__ is its module name.
import mod_helper
print(mod_helper.__name__)
