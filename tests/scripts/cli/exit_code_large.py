# Proves: sys.exit(256 + 3) exits with status 3 (status modulo 256).
import sys
sys.exit(259)
