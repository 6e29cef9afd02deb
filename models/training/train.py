"""Trains the candidate ranker on what `mergeresolver featurize` wrote, calibrates it on a slice of
train held out by repository, and exports it to ONNX with its calibration beside it.

    /usr/bin/python3 models/training/train.py .features/train -o models --minutes 60

Everything is decided on train: the calibration slice (repositories whose name hashes into it) sets
the temperature and the unattended threshold. Dev is never read here. Seeds are fixed, so the same
data and budget give the same model on the same machine.
"""
import argparse
import hashlib
import json
import math
import os
import random
import struct
import sys
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(__file__))
from features import read_features  # noqa: E402

MAX_CANDIDATES = 16
EDIT_KINDS = 8
BF16 = "avx512_bf16" in open("/proc/cpuinfo").read()


def calibration_repo(repo):
    """About one repository in eight goes to the calibration slice."""
    return int(hashlib.sha256(repo.encode()).hexdigest(), 16) % 8 == 0


class Layer(nn.Module):
    """Pre-norm self-attention and feed-forward, written out so that ONNX export keeps shapes dynamic."""

    def __init__(self, d, heads, dropout):
        super().__init__()
        self.heads = heads
        self.dropout = nn.Dropout(dropout)
        self.norm1 = nn.LayerNorm(d)
        self.qkv = nn.Linear(d, 3 * d)
        self.out = nn.Linear(d, d)
        self.norm2 = nn.LayerNorm(d)
        self.ff = nn.Sequential(nn.Linear(d, 4 * d), nn.GELU(), nn.Linear(4 * d, d))

    def forward(self, x, bias):
        b, n, d = x.shape
        h = self.norm1(x)
        q, k, v = self.qkv(h).reshape(b, n, 3, self.heads, d // self.heads).permute(2, 0, 3, 1, 4)
        att = torch.softmax(q @ k.transpose(-1, -2) / math.sqrt(d // self.heads) + bias, dim=-1)
        x = x + self.dropout(self.out((att @ v).transpose(1, 2).reshape(b, n, d)))
        return x + self.dropout(self.ff(self.norm2(x)))


class Encoder(nn.Module):
    def __init__(self, vocab, d, layers, heads, length, dropout):
        super().__init__()
        self.pieces = nn.Embedding(vocab, d)
        self.edits = nn.Embedding(EDIT_KINDS, d)
        self.positions = nn.Embedding(length, d)
        self.layers = nn.ModuleList([Layer(d, heads, dropout) for _ in range(layers)])
        self.norm = nn.LayerNorm(d)

    def forward(self, ids, edits):
        mask = (ids != 0).float()
        positions = torch.arange(ids.shape[1], device=ids.device).unsqueeze(0)
        x = self.pieces(ids) + self.edits(edits) + self.positions(positions)
        bias = ((1.0 - mask) * -1e4)[:, None, None, :]
        for layer in self.layers:
            x = layer(x, bias)
        x = self.norm(x)
        # The conflict's own positions (edit kind above context) pooled, and the [CLS] position.
        body = (edits >= 2).float() * mask
        pooled = (x * body.unsqueeze(-1)).sum(1) / body.sum(1, keepdim=True).clamp(min=1.0)
        return torch.cat([pooled, x[:, 0]], dim=-1)


class Ranker(nn.Module):
    """Scores each candidate of a hunk and a last column for "none of them"."""

    def __init__(self, vocab, features, d=64, layers=2, heads=4, length=128, dropout=0.1):
        super().__init__()
        self.encoder = Encoder(vocab, d, layers, heads, length, dropout)
        self.hunk = nn.Sequential(nn.Linear(4 * d, d), nn.GELU())
        self.candidate = nn.Sequential(nn.Linear(features, d), nn.GELU(), nn.Linear(d, d), nn.GELU())
        self.score = nn.Sequential(nn.Linear(3 * d, d), nn.GELU(), nn.Linear(d, 1))
        self.none = nn.Sequential(nn.Linear(d, d), nn.GELU(), nn.Linear(d, 1))

    def forward(self, ours_ids, ours_edits, theirs_ids, theirs_edits, features, mask):
        h = self.hunk(torch.cat([self.encoder(ours_ids, ours_edits), self.encoder(theirs_ids, theirs_edits)], dim=-1))
        c = self.candidate(features)
        hk = h.unsqueeze(1).expand(-1, c.shape[1], -1)
        scores = self.score(torch.cat([hk, c, hk * c], dim=-1)).squeeze(-1)
        scores = scores + (1.0 - mask) * -1e4
        return torch.cat([scores, self.none(h)], dim=-1)


def tensors(examples, length, feature_count):
    n = len(examples)
    ours_ids = torch.zeros(n, length, dtype=torch.long)
    ours_edits = torch.zeros(n, length, dtype=torch.long)
    theirs_ids = torch.zeros(n, length, dtype=torch.long)
    theirs_edits = torch.zeros(n, length, dtype=torch.long)
    features = torch.zeros(n, MAX_CANDIDATES, feature_count)
    mask = torch.zeros(n, MAX_CANDIDATES)
    target = torch.zeros(n, MAX_CANDIDATES + 1)
    for i, e in enumerate(examples):
        ours_ids[i, :len(e.ours_tokens)] = torch.tensor(e.ours_tokens[:length])
        ours_edits[i, :len(e.ours_edits)] = torch.tensor(e.ours_edits[:length])
        theirs_ids[i, :len(e.theirs_tokens)] = torch.tensor(e.theirs_tokens[:length])
        theirs_edits[i, :len(e.theirs_edits)] = torch.tensor(e.theirs_edits[:length])
        k = min(len(e.candidates), MAX_CANDIDATES)
        if k:
            features[i, :k] = torch.tensor(e.candidates[:k])
            mask[i, :k] = 1
        labels = [j for j in range(k) if e.labels >> j & 1]
        for j in labels:
            target[i, j] = 1
        if not labels:
            target[i, MAX_CANDIDATES] = 1
    return [ours_ids, ours_edits, theirs_ids, theirs_edits, features, mask], target


def loss_of(logits, target):
    """The probability mass on the right answers (any correct candidate, or "none" when none is)."""
    log_p = F.log_softmax(logits.float(), dim=-1)
    return -(torch.logsumexp(log_p + (target - 1) * 1e4, dim=-1)).mean()


def predict(model, inputs, batch=512):
    model.eval()
    out = []
    with torch.no_grad():
        for s in range(0, inputs[0].shape[0], batch):
            out.append(model(*[x[s:s + batch] for x in inputs]).float())
    model.train()
    return torch.cat(out)


def decisions(logits, target, temperature, features):
    """Per hunk: the best candidate's calibrated probability, whether it is right, and whether it is vetoed."""
    p = torch.softmax(logits / temperature, dim=-1)[:, :MAX_CANDIDATES]
    best = p.argmax(dim=-1)
    confidence = p.gather(1, best[:, None]).squeeze(1)
    right = target[:, :MAX_CANDIDATES].gather(1, best[:, None]).squeeze(1) > 0
    return confidence, right


def curve(confidence, right, thresholds):
    rows = []
    n = len(confidence)
    for t in thresholds:
        applied = confidence >= t
        count = int(applied.sum())
        correct = int((right & applied).sum())
        rows.append({"threshold": round(float(t), 3), "applied": count, "correct": correct,
                     "precision": correct / count if count else None, "coverage": count / n if n else 0})
    return rows


def distillation_loss(logits, target, teacher):
    """Half the loss on the right answers, half the cross-entropy against the teacher's distribution."""
    soft = -(F.softmax(teacher, dim=-1) * F.log_softmax(logits.float(), dim=-1)).sum(-1).mean()
    return 0.5 * loss_of(logits, target) + 0.5 * soft


def train_member(args, vocab, feature_count, train_x, train_y, calib_x, calib_y, seed, budget, start=None, teacher=None):
    """One model: AdamW with warm-up and a linear decay over the planned epochs, stopped by the time
    budget; the epoch kept is the one whose model fits the held-out repositories best. With a
    teacher, the model starts from `start` and learns the teacher's logits beside the right answers."""
    torch.manual_seed(seed)
    rng = random.Random(seed)
    model = Ranker(vocab, feature_count, length=args.length)
    if start is not None:
        model.load_state_dict(start.state_dict())
    peak = args.distill_lr if teacher is not None else 1e-3
    optimizer = torch.optim.AdamW(model.parameters(), lr=peak, weight_decay=0.01)
    batch = 64
    started = time.time()
    n = train_x[0].shape[0]
    planned = args.epochs * (n // batch)
    step, epoch, seen_all = 0, 0, 0
    best_loss, best_state, best_epoch = float("inf"), None, 0
    if start is not None:
        best_loss, best_state = float(loss_of(predict(model, calib_x), calib_y)), {k: v.clone() for k, v in model.state_dict().items()}
        print(f"seed {seed} starts from a member with calibration loss {best_loss:.4f}", flush=True)
    order = list(range(n))
    while epoch < args.epochs and (epoch == 0 or time.time() - started < budget):
        rng.shuffle(order)
        total, seen = 0.0, 0
        for s in range(0, len(order) - batch + 1, batch):
            idx = torch.tensor(order[s:s + batch])
            xs = [x[idx] for x in train_x]
            # Pieces dropped to [UNK] at random keep the embeddings from memorising a repository's names.
            for j in (0, 2):
                drop = (torch.rand(xs[j].shape) < args.piece_dropout) & (xs[j] > 3)
                xs[j] = xs[j].masked_fill(drop, 1)
            lr = peak * min(1.0, (step + 1) / 300) * max(0.0, 1 - step / planned)
            for group in optimizer.param_groups:
                group["lr"] = lr
            with torch.autocast("cpu", dtype=torch.bfloat16, enabled=BF16):
                logits = model(*xs)
            loss = loss_of(logits, train_y[idx]) if teacher is None else distillation_loss(logits, train_y[idx], teacher[idx])
            optimizer.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            total += float(loss) * batch
            seen += batch
            seen_all += batch
            step += 1
            if time.time() - started > budget and seen_all >= 50 * batch:
                break
        epoch += 1
        logits = predict(model, calib_x)
        conf, right = decisions(logits, calib_y, 1.0, calib_x[4])
        calib_loss = float(loss_of(logits, calib_y))
        if calib_loss < best_loss:
            best_loss, best_state, best_epoch = calib_loss, {k: v.clone() for k, v in model.state_dict().items()}, epoch
        print(f"seed {seed} epoch {epoch}: loss {total / max(seen, 1):.4f}, calibration loss {calib_loss:.4f}, top-1 {float(right.float().mean()):.3f}, "
              f"{(time.time() - started) / 60:.1f} min, {seen_all / (time.time() - started):.0f} examples/s", flush=True)
    model.load_state_dict(best_state)
    model.eval()
    model.kept_epoch, model.epochs, model.steps, model.seed = best_epoch, epoch, step, seed
    model.minutes = round((time.time() - started) / 60, 1)
    return model


class Ensemble(nn.Module):
    """The members' logits averaged: one graph, the same inputs and output as a single ranker."""

    def __init__(self, members):
        super().__init__()
        self.members = nn.ModuleList(members)

    def forward(self, *inputs):
        return torch.stack([m(*inputs) for m in self.members]).mean(0)


def write_weights(path, members, card):
    """The members' parameters for the managed copy of the network the editor runs (no ONNX Runtime
    there), with the card's numbers: `MRW1`, int32 tensor count, then per tensor int32 name length,
    the UTF-8 name (`members.<i>.<parameter>`, or a card entry of one value), int32 rank, int32
    dimensions and float32 values, little endian."""
    tensors = [(name, torch.tensor([float(value)])) for name, value in card.items()]
    tensors += [(f"members.{i}.{name}", value.detach().float().contiguous())
                for i, m in enumerate(members) for name, value in m.state_dict().items()]
    with open(path, "wb") as f:
        f.write(b"MRW1" + struct.pack("<i", len(tensors)))
        for name, value in tensors:
            encoded = name.encode("utf-8")
            f.write(struct.pack("<i", len(encoded)) + encoded + struct.pack("<i", value.dim()))
            f.write(struct.pack(f"<{value.dim()}i", *value.shape))
            f.write(struct.pack(f"<{value.numel()}f", *value.flatten().tolist()))


def read_members(folder, vocab, feature_count, length):
    """The members of a model written before (its ranker.weights, and ranker.json for their seeds and
    epochs), so that an ensemble can grow by a member without training again the ones it has."""
    with open(os.path.join(folder, "ranker.weights"), "rb") as f:
        data = f.read()
    if data[:4] != b"MRW1":
        sys.exit(f"{folder}/ranker.weights is not a ranker's weights")
    (count,), at = struct.unpack_from("<i", data, 4), 8
    states = {}
    for _ in range(count):
        (size,) = struct.unpack_from("<i", data, at)
        name = data[at + 4:at + 4 + size].decode("utf-8")
        at += 4 + size
        (rank,) = struct.unpack_from("<i", data, at)
        shape = struct.unpack_from(f"<{rank}i", data, at + 4)
        at += 4 + 4 * rank
        numel = math.prod(shape)
        value = torch.tensor(struct.unpack_from(f"<{numel}f", data, at)).reshape(shape)
        at += 4 * numel
        if name.startswith("members."):
            index, parameter = name[len("members."):].split(".", 1)
            states.setdefault(int(index), {})[parameter] = value
    card = json.load(open(os.path.join(folder, "ranker.json"), encoding="utf-8"))
    if (card["features"], card["max_length"], card["vocabulary"]) != (feature_count, length, vocab):
        sys.exit(f"{folder} was trained on other features (features, length, vocabulary: "
                 f"{card['features']}, {card['max_length']}, {card['vocabulary']})")
    members = []
    for index, info in enumerate(card["members"]):
        model = Ranker(vocab, feature_count, length=length)
        model.load_state_dict(states[index])
        model.eval()
        model.kept_epoch, model.epochs, model.steps = info["kept_epoch"], info["epochs"], info["steps"]
        model.seed = info["seed"]
        model.minutes = info.get("minutes", card["minutes"] if len(card["members"]) == 1 else None)
        members.append(model)
    return members


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("features", help="folder that `mergeresolver featurize` wrote for train")
    parser.add_argument("-o", "--output", default="models")
    parser.add_argument("--minutes", type=float, default=60.0, help="training time budget")
    parser.add_argument("--length", type=int, default=128)
    parser.add_argument("--seed", type=int, default=1234, help="seed of the first member; member i has seed + i")
    parser.add_argument("--models", type=int, default=2, help="members of the ensemble, trained one after another")
    parser.add_argument("--epochs", type=int, default=3, help="epochs a member's learning rate decays over")
    parser.add_argument("--piece-dropout", type=float, default=0.1, help="share of pieces replaced by [UNK] in training")
    parser.add_argument("--keep-members", metavar="FOLDER", help="a model folder whose members are kept; --models more are trained after them, with the next seeds")
    parser.add_argument("--distill", metavar="FOLDER", help="a model folder whose ensemble one member learns to reproduce, starting from its first member: one member's cost to run")
    parser.add_argument("--distill-lr", type=float, default=3e-4, help="peak learning rate of the distilled member")
    parser.add_argument("--precision", type=float, default=0.95, help="precision the unattended threshold must reach on the calibration slice")
    args = parser.parse_args()

    torch.set_num_threads(2)

    examples = []
    try:
        for e in read_features(os.path.join(args.features, "features.bin.gz")):
            examples.append(e)
    except (EOFError, struct.error):
        # A featurize run stopped early: train on the examples it finished.
        print(f"features end early, after {len(examples)} examples", flush=True)
    meta = [json.loads(line) for line in open(os.path.join(args.features, "meta.jsonl"), encoding="utf-8") if line.endswith("\n")][:len(examples)]
    examples = examples[:len(meta)]
    vocab = sum(1 for _ in open(os.path.join(args.features, "vocab.txt"), encoding="utf-8"))
    feature_count = len(next(e for e in examples if e.candidates).candidates[0])
    held = [calibration_repo(m.get("repo") or m["id"].split("@")[0]) for m in meta]
    train = [e for e, h in zip(examples, held) if not h]
    calib = [e for e, h in zip(examples, held) if h]
    print(f"train {len(train)}, calibration {len(calib)} examples; vocabulary {vocab}; {feature_count} features; bf16 {BF16}", flush=True)

    train_x, train_y = tensors(train, args.length, feature_count)
    calib_x, calib_y = tensors(calib, args.length, feature_count)
    started = time.time()
    if args.distill and args.keep_members:
        sys.exit("--distill and --keep-members do not go together")
    members = read_members(args.keep_members, vocab, feature_count, args.length) if args.keep_members else []
    kept = len(members)
    teachers = read_members(args.distill, vocab, feature_count, args.length) if args.distill else []
    if teachers:
        teacher = predict(Ensemble(teachers), train_x)
        print(f"teacher: the {len(teachers)} members of {args.distill}, {(time.time() - started) / 60:.1f} min to read train", flush=True)
        student = train_member(args, vocab, feature_count, train_x, train_y, calib_x, calib_y, teachers[0].seed,
                               args.minutes * 60 - (time.time() - started), start=teachers[0], teacher=teacher)
        student.distilled_from = [m.seed for m in teachers]
        members.append(student)
    for m in range(args.models if not teachers else 0):
        # Each member has its own seed and an equal share of what is left of the budget.
        budget = (args.minutes * 60 - (time.time() - started)) / (args.models - m)
        members.append(train_member(args, vocab, feature_count, train_x, train_y, calib_x, calib_y, args.seed + kept + m, budget))
    for m in members:
        print(f"member seed {m.seed}: calibration loss {float(loss_of(predict(m, calib_x), calib_y)):.4f}", flush=True)
    model = Ensemble(members) if len(members) > 1 else members[0]
    model.eval()
    logits = predict(model, calib_x)
    if len(members) > 1:
        print(f"ensemble of {len(members)}: calibration loss {float(loss_of(logits, calib_y)):.4f}", flush=True)
    # Temperature scaling on the calibration slice: the temperature with the lowest negative log-likelihood.
    temperature = min((t / 20 for t in range(10, 61)), key=lambda t: float(loss_of(logits / t, calib_y)))
    conf, right = decisions(logits, calib_y, temperature, calib_x[4])
    thresholds = [i / 100 for i in range(0, 100)]
    rows = curve(conf, right, thresholds)
    enough = [r for r in rows if r["precision"] is not None and r["applied"] >= 50 and r["precision"] >= args.precision]
    threshold = min((r["threshold"] for r in enough), default=0.99)
    print(f"temperature {temperature}, unattended threshold {threshold}", flush=True)

    os.makedirs(args.output, exist_ok=True)
    onnx_path = os.path.join(args.output, "ranker.onnx")
    sample = [x[:2] for x in calib_x]
    torch.onnx.export(
        model, tuple(sample), onnx_path, opset_version=17,
        input_names=["ours_ids", "ours_edits", "theirs_ids", "theirs_edits", "features", "mask"],
        output_names=["logits"],
        dynamic_axes={name: {0: "batch"} for name in ["ours_ids", "ours_edits", "theirs_ids", "theirs_edits", "features", "mask", "logits"]})
    write_weights(os.path.join(args.output, "ranker.weights"), members, {
        "max_length": args.length, "max_candidates": MAX_CANDIDATES, "features": feature_count,
        "temperature": temperature, "unattended_threshold": threshold})
    card = {
        "format": 1,
        "max_length": args.length,
        "max_candidates": MAX_CANDIDATES,
        "features": feature_count,
        "vocabulary": vocab,
        "temperature": temperature,
        "unattended_threshold": threshold,
        "calibration_examples": len(calib),
        "train_examples": len(train),
        "members": [{"seed": m.seed, "epochs": m.epochs, "kept_epoch": m.kept_epoch, "steps": m.steps, "minutes": m.minutes,
                     **({"distilled_from": m.distilled_from} if hasattr(m, "distilled_from") else {})} for m in members],
        "piece_dropout": args.piece_dropout,
        "minutes": round(sum(m.minutes or 0 for m in members), 1),
        "seed": args.seed,
        "calibration_curve": rows,
    }
    with open(os.path.join(args.output, "ranker.json"), "w", encoding="utf-8") as f:
        json.dump(card, f, indent=1)
        f.write("\n")
    print(f"wrote {onnx_path} ({os.path.getsize(onnx_path) / 1e6:.1f} MB) and ranker.json", flush=True)


if __name__ == "__main__":
    main()
