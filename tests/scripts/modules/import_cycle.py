# Proves: two modules importing each other both work once loaded.
import mod_cycle_a
import mod_cycle_b
print(mod_cycle_a.use_b(), mod_cycle_b.use_a())
