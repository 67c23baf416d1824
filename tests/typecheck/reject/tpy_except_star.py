# proves: tpy rejects try/except* (exception groups; mypy accepts them). Reported at
# the try statement.
try:  # E[tpy]:1: unsupported in tpy: except*
    pass
except* ValueError:
    pass
