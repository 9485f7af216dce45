"""Words of the worksheets that are lists rather than rules."""

from valuesdesk.domain.life_domains import LIFE_DOMAIN_TABLE

# The wizard's "Life domain" list: the ten domains of the values check, by their short names.
LIFE_DOMAINS: tuple[str, ...] = tuple(domain.name for domain in LIFE_DOMAIN_TABLE)
