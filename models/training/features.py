"""Reads the tensors `mergeresolver featurize` writes (format: README.md beside this file).

Standard library only, so that the format can be checked anywhere; the trainer turns the lists into
tensors. Run as a script, it prints a summary of a features folder:

    python3 models/training/features.py .features/train
"""
import gzip
import json
import os
import struct
import sys
from dataclasses import dataclass

MAGIC = b"MRF2"
VERSION = 2


@dataclass
class Example:
    ours_tokens: list
    ours_edits: list
    theirs_tokens: list
    theirs_edits: list
    labels: int
    candidates: list


def read_features(path):
    """Yields the examples of a features.bin.gz, in order."""
    with gzip.open(path, "rb") as f:
        header = f.read(12)
        if len(header) < 12 or header[:4] != MAGIC:
            raise ValueError(f"{path}: not a MergeResolver features file (format {VERSION})")
        version, feature_count = struct.unpack("<ii", header[4:])
        if version != VERSION:
            raise ValueError(f"{path}: format version {version}, this reader knows {VERSION}")
        while True:
            head = f.read(10)
            if not head:
                return
            n_ours, n_theirs, n_candidates, labels = struct.unpack("<HHHI", head)
            ours_tokens = list(struct.unpack(f"<{n_ours}H", f.read(2 * n_ours)))
            ours_edits = list(f.read(n_ours))
            theirs_tokens = list(struct.unpack(f"<{n_theirs}H", f.read(2 * n_theirs)))
            theirs_edits = list(f.read(n_theirs))
            flat = struct.unpack(f"<{n_candidates * feature_count}f", f.read(4 * n_candidates * feature_count))
            candidates = [list(flat[k * feature_count:(k + 1) * feature_count]) for k in range(n_candidates)]
            yield Example(ours_tokens, ours_edits, theirs_tokens, theirs_edits, labels, candidates)


def read_vocab(path):
    """The pieces, by id (escapes undone)."""
    pieces = []
    with open(path, encoding="utf-8") as f:
        for line in f.read().split("\n")[:-1]:
            out, i = [], 0
            while i < len(line):
                if line[i] == "\\" and i + 1 < len(line):
                    out.append({"n": "\n", "r": "\r"}.get(line[i + 1], line[i + 1]))
                    i += 2
                else:
                    out.append(line[i])
                    i += 1
            pieces.append("".join(out))
    return pieces


def summary(folder):
    examples = list(read_features(os.path.join(folder, "features.bin.gz")))
    meta = [json.loads(l) for l in open(os.path.join(folder, "meta.jsonl"), encoding="utf-8")]
    if len(meta) != len(examples) or any(m["labels"] != e.labels for m, e in zip(meta, examples)):
        raise ValueError("meta.jsonl does not match features.bin.gz")
    vocab_path = os.path.join(folder, "vocab.txt")
    vocab = read_vocab(vocab_path) if os.path.exists(vocab_path) else None
    longest = max((max(len(e.ours_tokens), len(e.theirs_tokens)) for e in examples), default=0)
    candidates = sum(len(e.candidates) for e in examples)
    unlabelled = sum(1 for e in examples if e.labels == 0)
    return {
        "examples": len(examples),
        "longest": longest,
        "unlabelled": unlabelled,
        "candidates": candidates,
        "vocabulary": None if vocab is None else len(vocab),
    }


if __name__ == "__main__":
    print(json.dumps(summary(sys.argv[1])))
