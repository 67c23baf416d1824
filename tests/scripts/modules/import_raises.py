# Proves: an exception while importing a module propagates to the importer.
print("before import")
import mod_raises
print("not reached", mod_raises.ok())
