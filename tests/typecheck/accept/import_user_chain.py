# proves: transitive user-module imports (main -> mod_chain_a -> mod_chain_b)
import mod_chain_a
import mod_chain_b

assert mod_chain_a.value() == 42 and mod_chain_b.base_value() == 41
