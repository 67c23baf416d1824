# proves: a leaf user module imported by mod_chain_a
def base_value() -> int:
    return 41
