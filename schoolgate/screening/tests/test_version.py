"""The engine's version names the package and the model files, so a judgement can be traced."""

from __future__ import annotations

import importlib.metadata
import re
import shutil
import tomllib
from pathlib import Path

import pytest

from schoolgate.screening import ENGINE_VERSION, Screener
from schoolgate.screening import version as version_module
from schoolgate.screening.tests.conftest import TEXT_ANALYZERS
from schoolgate.screening.version import MODELS_DIR, engine_version


@pytest.fixture(scope="module")
def models_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One snapshot of the shipped models (they may be retrained while the tests run)."""
    copy = tmp_path_factory.mktemp("snapshot") / "models"
    shutil.copytree(MODELS_DIR, copy)
    return copy


def copy_of(models: Path, into: Path) -> Path:
    copy = into / "models"
    shutil.copytree(models, copy)
    return copy


def test_the_version_names_the_package_version_and_the_models() -> None:
    package = importlib.metadata.version("schoolgate")

    assert re.fullmatch(
        rf"schoolgate-screening {re.escape(package)}\+models\.[0-9a-f]{{8}}", ENGINE_VERSION
    )


def test_every_assessment_carries_the_version() -> None:
    assert Screener(analyzers=TEXT_ANALYZERS).screen("Thanks for the trip").engine == ENGINE_VERSION


def test_the_same_models_anywhere_give_the_same_version(models_copy: Path, tmp_path: Path) -> None:
    assert engine_version(copy_of(models_copy, tmp_path)) == engine_version(models_copy)


def test_changing_a_model_file_changes_the_version(models_copy: Path, tmp_path: Path) -> None:
    changed = copy_of(models_copy, tmp_path)
    heads = changed / "heads.npz"
    heads.write_bytes(heads.read_bytes() + b"\0")

    assert engine_version(changed) != engine_version(models_copy)


def test_a_new_model_file_changes_the_version(models_copy: Path, tmp_path: Path) -> None:
    changed = copy_of(models_copy, tmp_path)
    (changed / "extra").mkdir()
    (changed / "extra" / "embeddings.safetensors").write_bytes(b"\1\2\3")

    assert engine_version(changed) != engine_version(models_copy)


def test_renaming_a_model_file_changes_the_version(models_copy: Path, tmp_path: Path) -> None:
    changed = copy_of(models_copy, tmp_path)
    (changed / "classifier.json").rename(changed / "classifier-old.json")

    assert engine_version(changed) != engine_version(models_copy)


def test_editing_the_data_card_keeps_the_version(models_copy: Path, tmp_path: Path) -> None:
    changed = copy_of(models_copy, tmp_path)
    (changed / "DATA_CARD.md").write_text("A corrected licence line.\n", encoding="utf-8")

    assert engine_version(changed) == engine_version(models_copy)


def test_without_models_the_version_says_so(tmp_path: Path) -> None:
    assert engine_version(tmp_path / "absent").endswith("+models.none")


def test_an_uninstalled_checkout_reads_the_version_from_pyproject(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def not_installed(name: str) -> str:
        raise importlib.metadata.PackageNotFoundError(name)

    monkeypatch.setattr(importlib.metadata, "version", not_installed)
    with version_module.PYPROJECT.open("rb") as handle:
        declared = tomllib.load(handle)["project"]["version"]

    assert version_module.package_version() == declared
