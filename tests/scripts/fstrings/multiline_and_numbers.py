# Proves: f-strings across lines, with thousands separators and percentages.
total = 1234567.891
ratio = 0.4567
msg = (
    f"total={total:,.2f} "
    f"ratio={ratio:.1%} "
    f"hex={255:#06x}"
)
print(msg)
print(f"{-5:+} {5:+} {1e-9:.2e} {10 ** 20:,}")
