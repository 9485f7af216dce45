"""The "Values" area: the values check (ten life domains rated) and the picture of the checks over time
(``page.ValuesPage``)."""
