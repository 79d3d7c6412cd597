"""Webhooks: tell registered frontends, as signed JSON, that published content changed.

events.py builds what is said, signing.py signs it (and lets a receiver check it), delivery.py
sends it and schedules retries, receivers.py listens to publishing, and admin.py shows it all.
docs/webhooks.md is the receiver's side of the contract.
"""
