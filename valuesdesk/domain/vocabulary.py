"""Words of the worksheets that are lists rather than rules."""

LIFE_DOMAINS: tuple[str, ...] = (
    "Family",
    "Intimate relationships",
    "Parenting",
    "Friendship",
    "Work",
    "Education",
    "Recreation",
    "Spirituality",
    "Citizenship",
    "Health",
)
