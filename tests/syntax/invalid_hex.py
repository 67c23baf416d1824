# proves: a hex literal needs hex digits
x = 0xg1
