"""Uniform samples of a stream of unknown length, in bounded memory: a reservoir.

Algorithm R (Vitter): the first ``size`` items fill the reservoir; the ``n``-th item
replaces a random slot with probability ``size / n``. Every item of the stream is then
in the sample with the same probability, whatever the stream's length, and memory holds
``size`` items. Each reservoir draws from its own generator, seeded by the run's seed
and its own name, so the same manifest and ``--seed`` give the same samples, and one
rule's sample does not change when another rule fires more often.

    >>> sample = Reservoir(3, seed=7, name="ZH304")
    >>> for number in range(1000):
    ...     sample.offer(number)
    >>> sample.seen, len(sample.items)
    (1000, 3)
    >>> again = Reservoir(3, seed=7, name="ZH304")
    >>> for number in range(1000):
    ...     again.offer(number)
    >>> again.items == sample.items
    True
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class Reservoir(Generic[T]):
    """A uniform sample of at most ``size`` of the items offered (Algorithm R)."""

    __slots__ = ("size", "items", "seen", "_random")

    def __init__(self, size: int, seed: int = 0, name: str = "") -> None:
        self.size = max(0, size)
        self.items: list[T] = []
        self.seen = 0
        # A string seed is hashed (SHA-512) by random: stable across runs and platforms.
        self._random = random.Random(f"zhclean-audit:{seed}:{name}")

    def wants(self) -> int:
        """The slot the next item would take, or -1 when it is not taken: ask before
        building an item that is costly to make (it counts the item as seen)."""
        self.seen += 1
        if len(self.items) < self.size:
            return len(self.items)
        slot = self._random.randrange(self.seen)
        return slot if slot < self.size else -1

    def put(self, slot: int, item: T) -> None:
        """Place the item :meth:`wants` gave a slot for."""
        if slot == len(self.items):
            self.items.append(item)
        else:
            self.items[slot] = item

    def offer(self, item: T) -> None:
        """Offer one item of the stream."""
        slot = self.wants()
        if slot >= 0:
            self.put(slot, item)

    def offer_lazy(self, make: Callable[[], T]) -> None:
        """Offer an item made only if it is kept."""
        slot = self.wants()
        if slot >= 0:
            self.put(slot, make())


__all__ = ["Reservoir"]
