#!/usr/bin/env bash
# The whole training run from a fresh machine: packages, the CLI, features of train, training within
# a time budget, ONNX export and calibration, then the evaluation on dev that the model card reports.
#
#   models/training/run.sh [MINUTES]        # default 60: what fits in an hour on a 2-core CPU
#
# Training reads only train (../shared/data/csharp/train-*.jsonl.zst); the calibration slice is a
# set of train repositories held out by name. Dev is read once, at the end, to report.
set -euo pipefail
cd "$(dirname "$0")/../.."
minutes="${1:-60}"
data=../shared/data/csharp
python=/usr/bin/python3

if ! "$python" -c 'import torch, onnx' 2>/dev/null; then
  apt-get update && apt-get install -y python3-torch python3-onnx libopenblas0-pthread
fi

dotnet build src/MergeResolver.Cli -c Release
cli="dotnet src/MergeResolver.Cli/bin/Release/net10.0/mergeresolver.dll"

$cli featurize "$data"/train-*.jsonl.zst -o .features/train --vocab-size 8000
OMP_NUM_THREADS=2 "$python" models/training/train.py .features/train -o models --minutes "$minutes"
cp .features/train/vocab.txt models/vocab.txt
$cli optimize-model models
sha256sum "$data"/train-*.jsonl.zst models/ranker.onnx models/vocab.txt > models/SHA256SUMS

dotnet build src/MergeResolver.Cli -c Release
$cli eval "$data/dev.jsonl.zst" --json models/dev-eval.json --outputs .features/dev-outputs.jsonl
"$python" ../shared/tools/score.py "$data/dev.jsonl.zst" .features/dev-outputs.jsonl
