"""The school's own channels in: the private concern form, e-mail, and the blocklist that holds."""
