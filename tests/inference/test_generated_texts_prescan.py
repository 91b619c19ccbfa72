"""A generation round's answers reach the export gate early (annotation.services.clean_texts): once the
round's pairs or ranking items commit, a worker is asked to re-scan what it stored in the target campaign."""

import pytest

from annotation.models import Campaign, CampaignKind, Prompt, Response
from annotation.services import clean_texts
from annotation.tasks import prescan_texts
from inference.models import Strategy
from inference.services import start_generation, store_pairs, store_rankings
from tests.runs_support import use_broker
from training.models import ModelVersion

ANSWERS = (
    "Rest, drink water and measure the temperature twice a day.",
    "Go to the emergency department at once.",
    "建议先去社区医院做个血常规。",
)


def round_into(kind: str = CampaignKind.PAIRS, candidates: int = 2):
    source = Campaign.objects.create(name="questions", gold_rate=0)
    Prompt.objects.bulk_create(
        [
            Prompt(campaign=source, external_id=f"q{i}", messages=[{"role": "user", "content": f"发烧{i}天"}])
            for i in range(3)
        ]
    )
    target = Campaign.objects.create(name="next round", gold_rate=0, kind=kind)
    version = ModelVersion.objects.create(name="dpo-v3", base_model="/m", lineage="l")
    job = start_generation(
        model_version=version,
        source_campaign=source,
        target_campaign=target,
        strategy=Strategy.TWO_SAMPLES,
        candidates=candidates,
        enqueue=False,
    )
    return job, list(source.prompts.order_by("id")), target


def asked(broker) -> list[list]:
    return [args for name, *args in broker.taken if name == clean_texts.TASK_NAME]


@pytest.mark.django_db
def test_a_round_of_pairs_asks_for_its_answers_to_be_scanned(monkeypatch, django_capture_on_commit_callbacks):
    job, prompts, target = round_into()
    since = clean_texts.watermark()
    broker = use_broker(monkeypatch)
    answers = [((ANSWERS[0] + p.external_id, {"source": "s0"}), (ANSWERS[1], {"source": "s1"})) for p in prompts]
    with django_capture_on_commit_callbacks(execute=True):
        assert store_pairs(job, prompts, answers) == (3, 0)
    assert asked(broker) == [[target.pk, since.prompts, since.responses, since.arbitrations]]
    done = prescan_texts(*asked(broker)[0])
    stored = Response.objects.filter(prompt__campaign=target).count()
    copied = Prompt.objects.filter(campaign=target).count()
    assert (stored, copied) == (6, 3)
    assert done == {"texts": 3 + 4, "scanned": 7, "residual": 0}  # 3 questions, 3 + 1 distinct answers


@pytest.mark.django_db
def test_a_round_of_ranking_items_asks_too(monkeypatch, django_capture_on_commit_callbacks):
    job, prompts, target = round_into(CampaignKind.RANKINGS, candidates=3)
    broker = use_broker(monkeypatch)
    answers = [[(text, {"source": "sample", "seed": seed}) for seed, text in enumerate(ANSWERS)] for _ in prompts]
    with django_capture_on_commit_callbacks(execute=True):
        assert store_rankings(job, prompts, answers)[0] == 3
    assert [args[0] for args in asked(broker)] == [target.pk]


@pytest.mark.django_db
def test_a_round_that_stores_nothing_asks_nothing(monkeypatch, django_capture_on_commit_callbacks):
    job, prompts, _ = round_into()
    broker = use_broker(monkeypatch)
    with django_capture_on_commit_callbacks(execute=True):
        assert store_pairs(job, prompts, [((ANSWERS[0], {}), (ANSWERS[0], {})) for _ in prompts]) == (0, 3)
    assert asked(broker) == []
