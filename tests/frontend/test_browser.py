"""The people's whole jobs in real Chromium: physicians, an expert, an admin. Screenshots go to var/screenshots/."""

from __future__ import annotations

import json
import time

import pytest

from annotation.models import Annotation, Lease, Pair
from annotation.rules import Scores
from medpref.core.runs import RunState
from tests.browser_support import SCREENSHOTS, Server, Tab
from tests.factories import judge_pair, make_pairs
from tests.training_support import TINY_CONFIG, Worker, resolved_demo_campaign
from training.models import TrainingJob

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True), pytest.mark.timeout(400)]


@pytest.fixture(autouse=True)
def fast_passwords():
    """The server runs in its own process with the real password hashers: store real hashes."""


@pytest.fixture
def server(tmp_path, transactional_db, settings):
    settings.ARTIFACTS_DIR = tmp_path
    started = Server(tmp_path, RETRAIN_MIN_PAIRS=8)
    yield started
    started.stop()


def held_pair(user) -> Pair:
    return Lease.objects.select_related("pair").get(annotator=user).pair


def test_a_physician_scores_a_pair_with_seven_keystrokes_and_the_next_pair_appears(
    browser, server, campaign, annotator
):
    make_pairs(campaign, 3)
    tab = Tab(browser, server)
    page = tab.workspace("physician1", campaign.pk)
    first = held_pair(annotator)
    order = Lease.objects.get(annotator=annotator).a_on_left
    tab.shot("workspace")
    for key in ("5", "4", "4", "2", "3", "5"):  # left S P F, right S P F
        page.keyboard.press(key)
    assert "preferred" in page.inner_text("#verdict") and "unsafe" in page.inner_text("#gate-warning")
    page.keyboard.press("Enter")
    page.wait_for_function("document.querySelectorAll('fieldset.score input:checked').length === 0")
    page.wait_for_function("document.getElementById('progress-text').textContent.includes('1')")
    annotation = Annotation.objects.get(annotator=annotator)
    assert annotation.pair == first
    left, right = Scores(5, 4, 4), Scores(2, 3, 5)
    assert (annotation.scores("a"), annotation.scores("b")) == ((left, right) if order else (right, left))
    assert annotation.preference == ("a" if order else "b") and annotation.deciding_dimension == "safety"
    assert held_pair(annotator) != first  # the next pair is on screen
    assert tab.console_errors() == []
    tab.close()


def test_a_submit_that_fails_while_the_server_is_down_keeps_the_scores_and_succeeds_after(
    browser, server, campaign, annotator
):
    make_pairs(campaign, 2)
    tab = Tab(browser, server)
    page = tab.workspace("physician1", campaign.pk)
    first = held_pair(annotator)
    for key in ("4", "4", "4", "5", "5", "5"):
        page.keyboard.press(key)
    server.stop()
    page.keyboard.press("Enter")
    page.wait_for_selector(".banner.error")
    assert "Not saved" in page.inner_text("#status")
    assert page.locator("fieldset.score input:checked").count() == 6  # nothing lost
    tab.shot("workspace-offline")
    assert not Annotation.objects.exists()
    server.start()
    page.keyboard.press("Enter")
    page.wait_for_function("document.querySelectorAll('fieldset.score input:checked').length === 0")
    assert Annotation.objects.filter(pair=first, annotator=annotator).count() == 1
    assert tab.console_errors(allow_network_failures=True) == []
    tab.close()


def test_pages_work_under_the_real_csp_and_the_api_docs_render_with_no_network(
    browser, server, campaign, annotator, annotator2, annotator3, expert
):
    """No CSP bypass here: Swagger UI, the workspace and the desk's script files must all run."""
    disputed, fresh = make_pairs(campaign, 2)
    judge_pair(annotator, disputed, Scores(5, 5, 5), Scores(2, 2, 2))
    judge_pair(annotator2, disputed, Scores(2, 2, 2), Scores(5, 5, 5))
    tab = Tab(browser, server, enforce_csp=True)
    outside: list[str] = []

    def only_this_server(route):
        if route.request.url.startswith(server.url):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    tab.page.route("**/*", only_this_server)
    page = tab.go("/api/docs/")
    page.wait_for_selector("[data-path='/api/v1/campaigns/{id}/next/']")
    assert "medpref API" in page.inner_text(".swagger-ui .info .title")
    tab.shot("api-docs")

    def sign_in(username: str) -> None:
        tab.page.context.clear_cookies()
        tab.go("/login/")
        tab.page.fill("#id_username", username)
        tab.page.fill("#id_password", "correct-horse-1")
        with tab.page.expect_navigation():
            tab.page.press("#id_password", "Enter")

    sign_in(annotator3.username)
    page = tab.go(f"/annotate/{campaign.pk}/")
    page.wait_for_selector("#work:not([hidden])")  # workspace.js ran and fetched the pair
    sign_in(expert.username)
    page = tab.go(f"/arbitration/{disputed.pk}/")
    page.keyboard.press("b")  # the desk's script (a file under /static/, as the CSP wants) handles the key
    assert page.locator('input[name="decision"][value="b"]').is_checked()
    assert outside == [] and tab.console_errors() == []
    tab.close()


def test_two_physicians_disagree_and_an_expert_resolves_the_dispute_on_the_desk(
    browser, server, campaign, annotator, annotator2, expert
):
    (pair,) = make_pairs(campaign, 1)
    for user, keys in ((annotator, "555333"), (annotator2, "333555")):
        tab = Tab(browser, server)
        page = tab.workspace(user.username, campaign.pk)
        a_on_left = Lease.objects.get(annotator=user).a_on_left
        # Both physicians score "A good, B poor" for one of them and the reverse for the other,
        # whatever side A is displayed on.
        wanted = keys if a_on_left else keys[3:] + keys[:3]
        for key in wanted:
            page.keyboard.press(key)
        page.keyboard.press("Enter")
        page.wait_for_selector("#empty:not([hidden])")
        assert tab.console_errors() == []
        tab.close()
    pair.refresh_from_db()
    assert pair.state == "disputed"

    tab = Tab(browser, server)
    tab.sign_in("expert1")
    page = tab.page
    assert page.url.endswith("/arbitration/")
    tab.shot("arbitration-queue")
    page.click(f"a[href='/arbitration/{pair.pk}/']")
    page.wait_for_selector("table td.disagree")
    tab.shot("arbitration-pair")
    page.keyboard.press("b")
    page.keyboard.press("r")
    page.keyboard.type("B is safer and complete.")
    page.keyboard.press("Control+Enter")
    page.wait_for_selector(".banner.ok")
    pair.refresh_from_db()
    assert (pair.state, pair.decision) == ("arbitrated", "b")
    assert tab.console_errors() == []
    tab.close()


def test_the_workspace_speaks_chinese_to_a_chinese_browser_in_dark_mode(browser, server, campaign, annotator):
    make_pairs(campaign, 1)
    tab = Tab(browser, server, locale="zh-CN", color_scheme="dark")
    page = tab.workspace("physician1", campaign.pk)
    assert "提交并下一条" in page.inner_text("#submit")
    assert page.get_attribute("html", "lang") == "zh-hans"
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert background == "rgb(20, 23, 27)"  # the dark theme follows the system setting
    tab.shot("workspace-zh-dark")
    assert tab.console_errors() == []
    tab.close()


def test_the_workspace_fits_a_tablet(browser, server, campaign, annotator):
    make_pairs(campaign, 1)
    tab = Tab(browser, server, viewport=(820, 1180))
    page = tab.workspace("physician1", campaign.pk)
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")  # no sideways scrolling
    page.locator("fieldset[data-row='right-fluency'] label").nth(3).tap()  # touch works too
    assert page.locator("input[name='right-fluency']:checked").get_attribute("value") == "4"
    tab.shot("workspace-tablet")
    assert tab.console_errors() == []
    tab.close()


def test_an_admin_imports_watches_agreement_snapshots_and_retrains(browser, server, tmp_path, tiny_version, admin):
    from tests.factories import prompts_campaign

    campaign = resolved_demo_campaign(limit=20, training_config=TINY_CONFIG)
    prompts_campaign("Demo: held-out prompts")
    worker = Worker(tmp_path)
    try:
        tab = Tab(browser, server)
        tab.sign_in("admin")
        page = tab.page
        assert page.url.endswith("/console/")
        tab.shot("console")
        page.click(f"a[href='/console/campaigns/{campaign.pk}/']")
        upload = tmp_path / "round2.jsonl"
        upload.write_text(
            "\n".join(
                json.dumps(
                    {
                        "id": f"r2-{i}",
                        "prompt": f"我叫张伟，电话13812345678，头痛{i}天怎么办？",
                        "response_a": "建议测量血压，必要时就医。",
                        "response_b": "多喝热水。",
                    },
                    ensure_ascii=False,
                )
                for i in range(5)
            )
        )
        page.set_input_files("#import-file", str(upload))
        page.click("#import-form button[type=submit]")
        page.wait_for_selector("#import-report .banner.ok")
        assert "Imported 5 pairs" in page.inner_text("#import-report") and "NAME 5" in page.inner_text("#import-report")
        assert page.get_attribute("#import-progress", "aria-valuenow") == "100"
        assert page.locator("#charts svg").count() == 5
        tab.shot("console-campaign")

        page.click("#create-snapshot")
        page.wait_for_selector("#manifest")
        manifest = json.loads(page.inner_text("#manifest"))
        assert manifest["counts"]["rows"] == 18 and len(manifest["sha256"]) == 64
        tab.shot("snapshot")

        page.go_back()
        page.reload()
        page.click("#retrain")
        page.wait_for_url("**/console/jobs/*/")
        job = TrainingJob.objects.get()
        page.wait_for_function(
            "Number(document.getElementById('job-progress').getAttribute('aria-valuenow')) > 0", timeout=120_000
        )
        assert page.locator("#chart-loss polyline").count() == 1  # the curve is drawn while it runs
        tab.shot("job-running")
        page.wait_for_function("document.getElementById('job-state').textContent === 'succeeded'", timeout=180_000)
        job.refresh_from_db()
        assert job.state == RunState.SUCCEEDED
        tab.shot("job-done")

        # One click more: did it help? A blinded evaluation against the parent version.
        page.reload()
        page.click("#evaluate")
        page.wait_for_url("**/console/evaluations/*/")
        assert "tiny" in page.inner_text("h1") and page.locator("#results").count() == 1
        tab.shot("evaluation")
        # The round gives pairs to judge even from two near twins; alike answers are ties, not gaps.
        from inference.models import Evaluation, GenerationJob

        evaluation = Evaluation.objects.get()
        deadline = time.monotonic() + 240
        while (
            GenerationJob.objects.get(pk=evaluation.generation_job_id).state in ("queued", "running")
            and time.monotonic() < deadline
        ):
            time.sleep(1)
        round_ = GenerationJob.objects.get(pk=evaluation.generation_job_id)
        assert (
            round_.state == "succeeded"
            and round_.pairs_created >= 1
            and round_.pairs_created + round_.auto_ties == round_.prompts_total
        )
        page.reload()
        assert "Per dimension" in page.inner_text("#definition") and page.locator("#paper-table tbody tr").count() == 12
        assert "No non-tie judgement yet." in page.inner_text(
            "#position-bias"
        )  # nobody has judged yet: no test to show
        with page.expect_download() as download:
            page.click("#export-csv")
        assert download.value.suggested_filename == f"evaluation-e-{evaluation.pk}-results.csv"
        assert (
            open(download.value.path(), encoding="utf-8")
            .readline()
            .startswith("prompts,dimension,n,win_pct,tie_pct,loss_pct")
        )
        tab.shot("evaluation-table")

        # While the evaluation is judged, neither of its versions is offered in the playground.
        page.goto(f"{server.url}/playground/")
        assert page.locator("#pg-version").count() == 0
        from training.models import ModelVersion

        ModelVersion.objects.create(name="tiny-chat", base_model=tiny_version.base_model, lineage="chat")
        page.reload()
        assert page.locator("#pg-version option").all_inner_texts() == ["tiny-chat"]
        page.fill("#pg-input", "孩子发烧39度怎么办？")
        page.keyboard.press("Control+Enter")
        page.wait_for_selector("#pg-chat .turn.assistant:not(.unsafe)", timeout=120_000)  # a gpu worker answered
        tab.shot("playground")
        assert tab.console_errors() == []
        tab.close()
    finally:
        worker.kill()
    assert (SCREENSHOTS / "console-campaign.png").exists()
