"""A text's adjacent word pairs: the function the pair browser's phrase route (issue 15) looks phrases up by.

A phrase of common words (in every prompt) that is itself rare, or found nowhere, defeats both the
trigram indexes (each trigram is common, every row comes back to be rechecked) and a walk over the
list (it finds too few matches in time). Word order is what makes such a phrase rare: the index
keeps, for each prompt's messages and each response, the set of its adjacent word pairs
(`medpref_word_pairs`: upper-cased as `icontains` compares, a word is a run of ASCII letters and
digits or one Han character, anything else separates words, each word cut to 40 characters), so
"wait at" absent from every text is answered by the index alone. A search tests that a text holds
every whole word pair of the phrase (selectors.pair_search.phrase_words), then the exact substring.

PostgreSQL only, as 0010, 0013 and 0015 (SQLite scans). The function is IMMUTABLE, as upper and
regexp_replace are; `OFFSET 0` keeps the words computed once (pulled up, the split would run again for
every pair). Its GIN indexes are not built here: they double what storing an import costs in the
database, so a deployment chooses them (`manage.py phrase_index create`, services.phrase_index).
"""

from django.db import migrations

from medpref.core.migration_sql import postgresql_only

FUNCTION = r"""
CREATE OR REPLACE FUNCTION medpref_word_pairs(words text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT ARRAY(SELECT left(a, 40) || ' ' || left(b, 40) FROM unnest(w[:cardinality(w) - 1], w[2:]) AS pairs (a, b))
  FROM (SELECT string_to_array(btrim(regexp_replace(
          regexp_replace(upper(words), '([\u3400-\u4dbf\u4e00-\u9fff])', ' \1 ', 'g'),
          '[^A-Z0-9\u3400-\u4dbf\u4e00-\u9fff]+', ' ', 'g')), ' ') AS w OFFSET 0) AS split
$$
"""
FORWARD = [FUNCTION]
BACKWARD = [
    "DROP INDEX IF EXISTS prompt_messages_word_pairs",  # built by `manage.py phrase_index create`
    "DROP INDEX IF EXISTS response_text_word_pairs",
    "DROP FUNCTION IF EXISTS medpref_word_pairs(text)",
]


class Migration(migrations.Migration):
    dependencies = [("annotation", "0016_ranking_choices")]

    operations = [postgresql_only(FORWARD, BACKWARD)]
