"""The ratio sweep's chart in real Chromium (issue 14): a sweep of real tiny SFT jobs, run by a real
worker on a mixture of medical and general instructions taken from the demo's files, charted as the
held-out loss of each kind at each general share: one point per share for medical and for general,
each labelled with its kind, share and value, with a legend and the shares under the x axis."""

from __future__ import annotations

import pytest

from annotation.models import Role
from medpref.core.runs import RunState
from medpref.demo.datasets import DATA
from tests.browser_support import SCREENSHOTS, Server, Tab
from tests.factories import make_user
from tests.training_support import tiny_config, wait_for
from training import services, sweeps

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True), pytest.mark.timeout(900)]

SHARES = [0.0, 0.25, 0.5]


@pytest.fixture(autouse=True)
def fast_passwords():
    """The server runs in its own process with the real password hashers: store real hashes."""


@pytest.fixture
def server(worker, tmp_path):
    started = Server(tmp_path)
    yield started
    started.stop()


def demo_rows(filename: str, count: int) -> bytes:
    return b"\n".join((DATA / filename).read_bytes().splitlines()[:count])


def test_the_sweep_chart_shows_one_point_per_share_for_medical_and_general_loss(browser, server, tiny_version):
    medical = services.upload_dataset(
        name="sweep-medical", kind="medical", data=demo_rows("medical_instructions.jsonl", 60), filename="m.jsonl"
    )
    general = services.upload_dataset(
        name="sweep-general", kind="general", data=demo_rows("general_instructions.jsonl", 60), filename="g.jsonl"
    )
    mixture = services.create_mixture(
        name="sweep-mix",
        components=[{"dataset": medical, "share": 0.8}, {"dataset": general, "share": 0.2}],
        heldout_fraction=0.1,
    )
    sweep = sweeps.start_sweep(
        mixture=mixture, base_version=tiny_version, shares=SHARES, config=tiny_config(learning_rate=1e-2, max_steps=6)
    )
    for job in sweep.jobs.all():
        wait_for(job, lambda j: j.state == RunState.SUCCEEDED, timeout=400)
    rows = sweeps.results(sweep)
    assert [row["share"] for row in rows] == SHARES
    assert all(set(row["losses"]) == {"medical", "general"} for row in rows), rows

    make_user("sweep-admin", Role.ADMIN)
    tab = Tab(browser, server)
    tab.sign_in("sweep-admin")
    page = tab.go(f"/console/sweeps/{sweep.pk}/")
    chart = page.locator("#sweep-chart svg")
    assert chart.get_attribute("aria-label") == "Held-out loss by general share"

    points = chart.locator("circle.series-point")
    titles = [points.nth(i).locator("title").text_content() for i in range(points.count())]
    expected = [
        f"{kind} · {share:.0%}: {row['losses'][kind]:.4f}"
        for kind in ("medical", "general")
        for share, row in zip(SHARES, rows)
    ]
    assert titles == expected  # one point per share for each kind, each with its value from the job
    assert chart.locator("polyline.series-line").count() == 2  # a line through each kind's points
    assert chart.locator("text.legend").all_text_contents() == ["medical", "general"]
    labels = chart.locator("text").all_text_contents()
    assert all(label in labels for label in ("0%", "25%", "50%"))
    # The points sit where their values say: a higher loss is drawn higher up (smaller y).
    medical_y = [float(points.nth(i).get_attribute("cy")) for i in range(len(SHARES))]
    medical_losses = [row["losses"]["medical"] for row in rows]
    assert sorted(range(3), key=lambda i: medical_y[i]) == sorted(range(3), key=lambda i: -medical_losses[i])
    assert page.locator("#sweep-results tbody tr").count() == len(SHARES)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "sweep.png"), full_page=True)
    assert tab.errors == []
