"""Check, or repair, the RankingChoice facts the retrain check counts (services.ranking_facts).

Run it after migrating with the writers stopped, or once a rolling deploy is over: a web worker older
than the facts resolves items without writing them, and the retrain check then counts too few rows.
"""

from django.core.management.base import BaseCommand, CommandError

from annotation.models import Campaign, CampaignKind
from annotation.services.ranking_facts import Difference, refill_ranking_choices

#: Differing items named one a line; the rest are counted.
LISTED = 100


class Command(BaseCommand):
    help = (
        "Compare the stored RankingChoice facts of ranking items with their resolutions and rewrite those "
        "that differ; with --check, only report them (exit status 1 when any differ)."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--campaign", action="append", type=int, default=[], help="rankings campaign id (repeatable); default: all"
        )
        parser.add_argument("--check", action="store_true", help="report the items that differ, change nothing")

    def handle(self, *args, campaign: list[int], check: bool, **options) -> None:
        known = set(Campaign.objects.filter(pk__in=campaign, kind=CampaignKind.RANKINGS).values_list("pk", flat=True))
        if missing := [str(pk) for pk in campaign if pk not in known]:
            raise CommandError(f"no rankings campaign {', '.join(missing)}")
        result = refill_ranking_choices(campaign, check=check)
        for difference in result.differing[:LISTED]:
            self.stdout.write(described(difference))
        if len(result.differing) > LISTED:
            self.stdout.write(f"... and {len(result.differing) - LISTED} more")
        verb = "differ" if check else "rewritten"
        self.stdout.write(f"{result.items} ranking items compared, {len(result.differing)} {verb}")
        if check and result.differing:
            raise SystemExit(1)


def described(difference: Difference) -> str:
    return (
        f"pair {difference.pair_id} (campaign {difference.campaign_id}, {difference.state}): "
        f"{difference.stored} facts stored, {difference.expected} from its resolution"
        + (" (different values)" if difference.stored == difference.expected else "")
    )
