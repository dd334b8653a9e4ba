"""Pictures and sheets made from what the store and answers give: no Telegram, no SQL.

charts.py draws the ledger at a glance (matplotlib, Agg backend, a CJK font shipped by a package) and
adds the summary sheet with a native bar chart to the exported workbook.
"""
