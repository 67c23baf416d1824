# proves: a user module that imports another user module (mod_chain_b)
from mod_chain_b import base_value


def value() -> int:
    return base_value() + 1
