"""The order a forum writes numeric dates in ("5/11": the 5th of November, or May 11th?), shared by the
settings, the readers of dates, the digest that writes them and `scribe doctor` (which warns when the
forum's posts write another order than the configured one).
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from typing import Literal, get_args

DateOrder = Literal["DMY", "MDY", "YMD"]
"""Day first ("05/11/2024" is the 5th of November), month first (May 11th), or year first ("2024/11/05");
a forum that writes its year first writes the month before the day when it leaves the year out ("11/05")."""
ORDERS: tuple[DateOrder, ...] = get_args(DateOrder)


def day_first(order: DateOrder) -> bool:
    """Whether a day and a month written alone ("5/11") put the day first."""
    return order == "DMY"


def day_and_month(day: date, order: DateOrder) -> str:
    """A day as the forum writes it without its year: "05/11" (DMY) or "11/05" (MDY, YMD)."""
    return f"{day:%d/%m}" if day_first(order) else f"{day:%m/%d}"


_WRITTEN = re.compile(r"(?<![\w/.+-])([0-3]?\d)/([0-3]?\d)/(?:19|20)\d\d(?![\d/])")
"""A numeric date with slashes and its year ("25/11/2024", "11/25/2024"). Without the year, "7/20" is as
often a score; dots and dashes are as often versions ("5.2.1") and ranges."""


def orders_written(texts: list[str]) -> Counter[DateOrder]:
    """The orders the texts' numeric dates can only be read in: "25/11/2024" is day first, "11/25/2024"
    month first (a number past twelve is a day wherever it stands); "5/11/2024" is either, and counts for
    neither."""
    found: Counter[DateOrder] = Counter()
    for text in texts:
        for m in _WRITTEN.finditer(text):
            first, second = int(m.group(1)), int(m.group(2))
            if 12 < first <= 31 and 1 <= second <= 12:
                found["DMY"] += 1
            elif 12 < second <= 31 and 1 <= first <= 12:
                found["MDY"] += 1
    return found
