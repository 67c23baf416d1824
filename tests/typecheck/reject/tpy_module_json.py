# proves: tpy rejects standard modules it does not provide (mypy knows json).
import json  # E[tpy]:1: unsupported in tpy: module 'json'
