"""A time box is for reads: what it wrote is rolled back when it ends, in a transaction of its own
(a request in autocommit, as in production) and under a savepoint within a request's transaction."""

from __future__ import annotations

import pytest
from django.db import connection

from annotation.models import Campaign
from medpref.core import timebox
from tests.factories import make_campaign


def write_in_a_box() -> None:
    with timebox.Budget(5).box():
        make_campaign("Written in a time box")
        assert Campaign.objects.filter(name="Written in a time box").exists()  # there while the box lasts


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_outside_a_transaction_what_a_box_wrote_is_rolled_back_with_its_own_transaction():
    assert not connection.in_atomic_block
    write_in_a_box()
    assert not Campaign.objects.filter(name="Written in a time box").exists()
    assert not connection.in_atomic_block


@pytest.mark.postgres
@pytest.mark.django_db
def test_within_a_transaction_what_a_box_wrote_is_rolled_back_with_its_savepoint_and_the_rest_stays():
    assert connection.in_atomic_block
    before = make_campaign("Written before the box")
    write_in_a_box()
    assert not Campaign.objects.filter(name="Written in a time box").exists()
    assert Campaign.objects.filter(pk=before.pk).exists()


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_a_box_cut_short_rolls_back_what_it_wrote_too():
    with pytest.raises(timebox.OutOfTime), timebox.Budget(5).box(at_most=0.2), connection.cursor() as cursor:
        make_campaign("Written in a time box")
        cursor.execute("SELECT pg_sleep(2)")
    assert not Campaign.objects.filter(name="Written in a time box").exists()
