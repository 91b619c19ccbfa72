"""Which of a list of words a text holds, in one scan (`Words`): an Aho-Corasick automaton.

The rules' trigger words (`Rule.triggers`, a few hundred short lower-case cues) were found with
one regex trie tried at every position of the text and a Python step per hit (a tenth of
`detect`); the automaton reads the text once in C and reports every occurrence of every word,
overlapping ones included, so a word's bit is set exactly where `word in text` is true.

The automaton (pyahocorasick) looks a character up among a node's children one by one, so it is
fast only while the first characters of the words are few: the rules' own prefixes (hundreds of
Han characters and letters) made a scan cost more than running the rules it would have skipped.
One-character words are looked for with `in` instead: each occurrence of one would be a hit.
"""

from __future__ import annotations

from collections.abc import Iterable

import ahocorasick


class Words:
    """A fixed list of words, each with its bits; `mask(text)` is the union of the bits of the words
    that occur in `text`."""

    def __init__(self, words: Iterable[tuple[str, int]]):
        words = list(words)
        self.singles = tuple((word, bits) for word, bits in words if len(word) <= 1)
        longer: dict[str, int] = {}
        for word, bits in words:
            if len(word) > 1:
                longer[word] = longer.get(word, 0) | bits
        self.machine = None
        if longer:
            self.machine = ahocorasick.Automaton()
            for word, bits in longer.items():
                self.machine.add_word(word, bits)
            self.machine.make_automaton()

    def mask(self, text: str) -> int:
        mask = 0
        if self.machine is not None:
            for _end, bits in self.machine.iter(text):
                mask |= bits
        for word, bits in self.singles:
            if word in text:
                mask |= bits
        return mask
