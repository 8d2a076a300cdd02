"""A parameter's dated values as a step chart, drawn as inline SVG at build time.

A number (an integer, a decimal, an amount of money) is drawn as a step line
over time: each value holds from its first day until the next one's. Any
other value (a date, a set of codes, a yes/no) is drawn as a band per value,
labelled with it. The chart uses ``currentColor`` and the theme's colour
variables, so it reads in the light and the dark modes alike.

The function is pure: the same steps give the same SVG, byte for byte.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

WIDTH = 640
HEIGHT = 220
_LEFT, _RIGHT, _TOP, _BOTTOM = 72, 24, 20, 36


def number(value: Any) -> Decimal | None:
    """The value as a number to plot, or ``None`` when it is not a quantity."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | Decimal):
        return Decimal(value)
    amount = getattr(value, "amount", None)
    return amount if isinstance(amount, Decimal) else None


def _day_number(day: dt.date) -> int:
    return day.toordinal()


def _years(first: dt.date, last: dt.date) -> list[dt.date]:
    """The first days of the years between *first* and *last*, thinned to at most 8 ticks."""
    years = list(range(first.year + (first > dt.date(first.year, 1, 1)), last.year + 1))
    step = max(1, -(-len(years) // 8))
    return [dt.date(year, 1, 1) for year in years[::step]]


def step_chart(
    steps: Sequence[tuple[dt.date, Any]],
    *,
    ended: dt.date | None,
    show: Callable[[Any], str],
    title: str,
    timeless: str | None = None,
    until: dt.date | None = None,
) -> str:
    """An SVG step chart of *steps* (first day, value), in date order.

    Args:
        steps: The dated values, at least one.
        ended: The day after which there is no value, if any.
        show: How a value is written on the chart.
        title: The chart's accessible title.
        timeless: For a value that holds on every date (one step, no history):
            the words shown under the axis in place of the years.
        until: The last day to draw when the values have no end (the day the
            chart is drawn for); at least a year after the last change is drawn.
    """
    if not steps:
        raise ValueError("steps: expected at least one dated value, got none")
    first = steps[0][0]
    last_start = steps[-1][0]
    # The last value is drawn for a year (or until it ends), so that it has a width.
    end = ended or max(
        last_start + dt.timedelta(days=365),
        first + dt.timedelta(days=365),
        until or dt.date.min,
    )
    span = max(1, _day_number(end) - _day_number(first))
    inner_w = WIDTH - _LEFT - _RIGHT

    def x(day: dt.date) -> float:
        return _LEFT + inner_w * (_day_number(day) - _day_number(first)) / span

    bounds = [
        (start, steps[i + 1][0] if i + 1 < len(steps) else end)
        for i, (start, _) in enumerate(steps)
    ]
    values = [number(value) for _, value in steps]
    parts = [
        (
            f'<svg class="step-chart" xmlns="http://www.w3.org/2000/svg" role="img" '
            f'viewBox="0 0 {WIDTH} {HEIGHT}" width="100%" style="max-width:{WIDTH}px">'
        ),
        f"<title>{html.escape(title)}</title>",
        (
            f'<line x1="{_LEFT}" y1="{HEIGHT - _BOTTOM}" x2="{WIDTH - _RIGHT}" '
            f'y2="{HEIGHT - _BOTTOM}" stroke="currentColor" stroke-opacity="0.5"/>'
        ),
    ]
    if timeless is not None:
        parts.append(
            f'<text x="{_LEFT + inner_w / 2:.1f}" y="{HEIGHT - _BOTTOM + 18}" font-size="11" '
            f'text-anchor="middle" fill="currentColor">{html.escape(timeless)}</text>'
        )
    for tick in [] if timeless is not None else _years(first, end):
        tx = x(tick)
        parts.append(
            f'<line x1="{tx:.1f}" y1="{HEIGHT - _BOTTOM}" x2="{tx:.1f}" y2="{HEIGHT - _BOTTOM + 5}" '
            'stroke="currentColor" stroke-opacity="0.5"/>'
            f'<text x="{tx:.1f}" y="{HEIGHT - _BOTTOM + 18}" font-size="11" '
            f'text-anchor="middle" fill="currentColor">{tick.year}</text>'
        )
    if all(value is not None for value in values):
        parts.extend(
            _line(bounds, [v for v in values if v is not None], steps, x, show)
        )
    else:
        parts.extend(_bands(bounds, steps, x, show))
    if ended is not None:
        parts.append(
            f'<line x1="{x(ended):.1f}" y1="{_TOP}" x2="{x(ended):.1f}" y2="{HEIGHT - _BOTTOM}" '
            'stroke="currentColor" stroke-dasharray="4 3"/>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _shortened(text: str, limit: int = 48) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _line(
    bounds: Sequence[tuple[dt.date, dt.date]],
    numbers: Sequence[Decimal],
    steps: Sequence[tuple[dt.date, Any]],
    x: Callable[[dt.date], float],
    show: Callable[[Any], str],
) -> list[str]:
    """Numbers: a step line, each value written at its start, and the scale's ends."""
    inner_h = HEIGHT - _TOP - _BOTTOM
    low = min(Decimal(0), *numbers)
    high = max(*numbers, low + 1)

    def y(value: Decimal) -> float:
        return _TOP + inner_h * float((high - value) / (high - low))

    points = " ".join(
        f"{x(start):.1f},{y(value):.1f} {x(stop):.1f},{y(value):.1f}"
        for (start, stop), value in zip(bounds, numbers, strict=True)
    )
    line = (
        f'<polyline class="step-line" points="{points}" fill="none" '
        'stroke="var(--color-brand-primary, #2962ff)" stroke-width="2.5"/>'
    )
    labels = [
        _label(x(start), x(stop), y(value) - 6, show(shown))
        for (start, stop), value, (_, shown) in zip(bounds, numbers, steps, strict=True)
    ]
    scale = [
        f'<text x="{_LEFT - 6}" y="{y(end) + 4:.1f}" font-size="11" text-anchor="end" '
        f'fill="currentColor">{html.escape(str(end))}</text>'
        for end in (high, low)
    ]
    return [line, *labels, *scale]


def _label(left: float, right: float, baseline: float, text: str) -> str:
    """A step's value, written from its start, or ending at its end near the chart's right edge."""
    if left > WIDTH * 0.7:
        return (
            f'<text x="{right - 4:.1f}" y="{baseline:.1f}" font-size="12" text-anchor="end" '
            f'fill="currentColor">{html.escape(text)}</text>'
        )
    return (
        f'<text x="{left + 4:.1f}" y="{baseline:.1f}" font-size="12" '
        f'fill="currentColor">{html.escape(text)}</text>'
    )


def _bands(
    bounds: Sequence[tuple[dt.date, dt.date]],
    steps: Sequence[tuple[dt.date, Any]],
    x: Callable[[dt.date], float],
    show: Callable[[Any], str],
) -> list[str]:
    """Other values: a labelled band per value, alternating rows so that labels do not meet."""
    parts = []
    for index, ((start, stop), (_, value)) in enumerate(
        zip(bounds, steps, strict=True)
    ):
        band_y = _TOP + 10 + (index % 2) * 40
        parts.append(
            f'<rect class="step-band" x="{x(start):.1f}" y="{band_y}" '
            f'width="{max(2.0, x(stop) - x(start)):.1f}" height="32" '
            'fill="var(--color-brand-primary, #2962ff)" fill-opacity="0.25" '
            'stroke="var(--color-brand-primary, #2962ff)"/>'
            f'<text x="{x(start) + 4:.1f}" y="{band_y + 20}" font-size="12" '
            f'fill="currentColor">{html.escape(_shortened(show(value)))}</text>'
        )
    return parts
