"""Distil the fine-tuned encoder into static token vectors for the first pass (model2vec)."""

from __future__ import annotations

import shutil
from pathlib import Path

from schoolgate.screening.classifier import STATIC_DIR

# Dimensions kept by the distiller's PCA: model2vec's default, and enough for the first pass to
# tell harmless posts from the rest.
STATIC_DIMENSIONS = 128
# Half precision halves the file (30,522 tokens by 128 dimensions: about 8 MB) and changes no
# decision: the first pass's heads are fitted on the stored vectors.
STATIC_PRECISION = "float16"


def distil_static(finetuned: Path, model_dir: Path) -> Path:
    """Write the static model distilled from the fine-tuned encoder to `model_dir/static`.

    model2vec runs every token of the vocabulary through the encoder once, reduces the outputs
    with PCA and weighs them by token frequency (its SIF weighting); it reads only local files.
    """
    from model2vec.distill import distill

    model = distill(
        model_name=str(finetuned), pca_dims=STATIC_DIMENSIONS, quantize_to=STATIC_PRECISION
    )
    target = model_dir / STATIC_DIR
    if target.exists():
        shutil.rmtree(target)
    model.save_pretrained(str(target))
    return target
