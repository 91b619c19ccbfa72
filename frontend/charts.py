"""Small server-rendered SVG charts: no JavaScript library, nothing fetched from a CDN."""

from __future__ import annotations

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy

WIDTH, HEIGHT, LEFT, BOTTOM, TOP = 560, 220, 48, 36, 12
NO_DATA = gettext_lazy("no data yet")
NOT_AVAILABLE = gettext_lazy("n/a")


def _frame(title: str, body: list[str], low: float, high: float) -> SafeString:
    plot_h = HEIGHT - BOTTOM - TOP
    ticks = []
    for i in range(5):
        value = low + (high - low) * i / 4
        y = TOP + plot_h - plot_h * i / 4
        ticks.append(
            f'<line class="axis" x1="{LEFT - 4}" x2="{WIDTH - 8}" y1="{y:.1f}" y2="{y:.1f}" stroke-opacity="0.25"/><text x="{LEFT - 8}" y="{y + 4:.1f}" text-anchor="end">{value:.2g}</text>'
        )
    svg = (
        f'<svg class="chart" role="img" aria-label="{escape(title)}" viewBox="0 0 {WIDTH} {HEIGHT}" width="100%" preserveAspectRatio="xMinYMin meet">'
        f"<title>{escape(title)}</title>{''.join(ticks)}{''.join(body)}</svg>"
    )
    return mark_safe(svg)


def bar_chart(title: str, items: list[tuple[str, float | None]], *, low: float = 0.0, high: float = 1.0) -> SafeString:
    """One bar per (label, value); missing values are drawn as 'n/a'."""
    plot_w, plot_h = WIDTH - LEFT - 8, HEIGHT - BOTTOM - TOP
    if not items:
        return _frame(
            title, [f'<text x="{WIDTH / 2}" y="{HEIGHT / 2}" text-anchor="middle">{escape(NO_DATA)}</text>'], low, high
        )
    values = [v for _, v in items if v is not None]
    low = min([low, *values])
    high = max([high, *values]) if values else high
    span = (high - low) or 1.0
    step = plot_w / max(1, len(items))
    body = []
    for index, (label, value) in enumerate(items):
        x = LEFT + index * step + step * 0.15
        if value is None:
            body.append(
                f'<text x="{x + step * 0.35:.1f}" y="{TOP + plot_h - 4}" text-anchor="middle">{escape(NOT_AVAILABLE)}</text>'
            )
        else:
            zero = TOP + plot_h - plot_h * (0 - low) / span if low < 0 else TOP + plot_h
            top = TOP + plot_h - plot_h * (value - low) / span
            y, h = min(top, zero), abs(zero - top)
            body.append(
                f'<rect class="bar" x="{x:.1f}" y="{y:.1f}" width="{step * 0.7:.1f}" height="{max(h, 1):.1f}"><title>{escape(label)}: {value:.3f}</title></rect>'
            )
            body.append(f'<text x="{x + step * 0.35:.1f}" y="{y - 3:.1f}" text-anchor="middle">{value:.2f}</text>')
        body.append(f'<text x="{x + step * 0.35:.1f}" y="{HEIGHT - 14}" text-anchor="middle">{escape(label)}</text>')
    return _frame(title, body, low, high)


def line_chart(title: str, points: list[tuple[str, float]], *, low: float = 0.0, high: float = 1.0) -> SafeString:
    """A line through (label, value) points in order, labels under the first and last."""
    plot_w, plot_h = WIDTH - LEFT - 8, HEIGHT - BOTTOM - TOP
    if not points:
        return _frame(
            title, [f'<text x="{WIDTH / 2}" y="{HEIGHT / 2}" text-anchor="middle">{escape(NO_DATA)}</text>'], low, high
        )
    high = max([high, *(v for _, v in points)])
    span = (high - low) or 1.0
    step = plot_w / max(1, len(points) - 1)
    coords = [
        (LEFT + i * step if len(points) > 1 else LEFT + plot_w / 2, TOP + plot_h - plot_h * (v - low) / span)
        for i, (_, v) in enumerate(points)
    ]
    body = [f'<polyline class="line" points="{" ".join(f"{x:.1f},{y:.1f}" for x, y in coords)}"/>']
    body += [
        f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" class="bar"><title>{escape(label)}: {value:.3f}</title></circle>'
        for (x, y), (label, value) in zip(coords, points)
    ]
    body.append(f'<text x="{LEFT}" y="{HEIGHT - 14}">{escape(points[0][0])}</text>')
    if len(points) > 1:
        body.append(f'<text x="{WIDTH - 8}" y="{HEIGHT - 14}" text-anchor="end">{escape(points[-1][0])}</text>')
    return _frame(title, body, low, high)


def histogram_chart(title: str, edges: list[float], counts: list[int], unit: str = "s") -> SafeString:
    labels = [f"{edges[i]:.0f}–{edges[i + 1]:.0f}{unit}" for i in range(len(counts))]
    return bar_chart(title, list(zip(labels, [float(c) for c in counts])), high=max([1.0, *counts]))


SERIES_COLOURS = ("#2563eb", "#d97706", "#059669", "#db2777", "#7c3aed")


def label_anchor(index: int, count: int) -> str:
    """The first and last x labels sit at the plot's edges: anchored inwards so they are not cut off."""
    if count > 1 and index == 0:
        return "start"
    if count > 1 and index == count - 1:
        return "end"
    return "middle"


def series_chart(title: str, labels: list[str], series: list[tuple[str, list[float | None]]]) -> SafeString:
    """Several lines over the same x labels (e.g. held-out loss per kind at each general share),
    each in its own colour with a legend; a missing value breaks its line."""
    plot_w, plot_h = WIDTH - LEFT - 8, HEIGHT - BOTTOM - TOP
    values = [v for _, points in series for v in points if v is not None]
    if not labels or not values:
        return _frame(
            title, [f'<text x="{WIDTH / 2}" y="{HEIGHT / 2}" text-anchor="middle">{escape(NO_DATA)}</text>'], 0.0, 1.0
        )
    low, high = min(values), max(values)
    pad = (high - low) * 0.1 or abs(high) * 0.1 or 1.0
    low, high = low - pad, high + pad
    step = plot_w / max(1, len(labels) - 1)

    def x(i: int) -> float:
        return LEFT + i * step if len(labels) > 1 else LEFT + plot_w / 2

    def y(v: float) -> float:
        return TOP + plot_h - plot_h * (v - low) / (high - low)

    body = []
    for index, (name, points) in enumerate(series):
        colour = SERIES_COLOURS[index % len(SERIES_COLOURS)]
        runs: list[list[str]] = [[]]
        for i, value in enumerate(points):
            if value is None:
                runs.append([])
                continue
            runs[-1].append(f"{x(i):.1f},{y(value):.1f}")
            body.append(
                f'<circle cx="{x(i):.1f}" cy="{y(value):.1f}" r="3" fill="{colour}" class="series-point">'
                f"<title>{escape(name)} · {escape(labels[i])}: {value:.4f}</title></circle>"
            )
        body += [
            f'<polyline class="series-line" points="{" ".join(run)}" stroke="{colour}" fill="none" stroke-width="2"/>'
            for run in runs
            if len(run) > 1
        ]
        body.append(
            f'<text x="{LEFT + 8 + index * 110}" y="{TOP + 10}" fill="{colour}" class="legend">{escape(name)}</text>'
        )
    body += [
        f'<text x="{x(i):.1f}" y="{HEIGHT - 14}" text-anchor="{label_anchor(i, len(labels))}">{escape(label)}</text>'
        for i, label in enumerate(labels)
    ]
    return _frame(title, body, low, high)
