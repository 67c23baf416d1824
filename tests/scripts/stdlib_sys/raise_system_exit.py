# Proves: raise SystemExit(5) behaves like sys.exit(5).
raise SystemExit(5)
