from __future__ import annotations

from pathlib import Path

import pytest

from zhclean import Config, clean_bytes, clean_text

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def clean():
    """clean(text) -> output text, with the default config."""

    def run(text: str, **config) -> str:
        return clean_text(text, Config(**config)).text

    return run


@pytest.fixture
def clean_raw():
    def run(data: bytes, **config):
        return clean_bytes(data, Config(**config))

    return run
