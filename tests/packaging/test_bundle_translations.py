"""The bundle carries the interface's compiled translations where app.ui.i18n looks for them."""

from __future__ import annotations

import pytest

from tests.packaging.test_bundle import inside, needs_bundle

LANGUAGES = ("fr", "es", "de", "zh_CN", "ja", "ar")


@needs_bundle
@pytest.mark.parametrize("language", LANGUAGES)
def test_bundle_has_the_translations(language: str) -> None:
    assert inside(f"app/resources/i18n/parley_{language}.qm"), f"parley_{language}.qm is not in the bundle"
