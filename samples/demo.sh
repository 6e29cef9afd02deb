#!/usr/bin/env bash
# The main job on a real example: builds mergeresolver, makes a small C# repository whose merge
# conflicts, and lets `git mergetool --tool mergeresolver` resolve it. Leaves it in samples/out/shop.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/samples/out"
repo="$out/shop"

dotnet build "$root/src/MergeResolver.Cli" -c Release -o "$out/bin" --nologo -v quiet
tool="dotnet '$out/bin/mergeresolver.dll'"

rm -rf "$repo" && mkdir -p "$repo" && cd "$repo"
git init -q -b main
git config user.name demo && git config user.email demo@example.com
cp "$root/samples/shop/Cart.base.cs" Cart.cs && git add Cart.cs && git commit -qm "base"
git checkout -qb feature
cp "$root/samples/shop/Cart.theirs.cs" Cart.cs && git commit -qam "feature: discounts in cents, new Count"
git checkout -q main
cp "$root/samples/shop/Cart.ours.cs" Cart.cs && git commit -qam "main: rename Sum to SumOf, log totals"

echo "== git merge feature"
git merge feature || true

git config mergetool.mergeresolver.cmd "$tool mergetool --explain \"\$BASE\" \"\$LOCAL\" \"\$REMOTE\" \"\$MERGED\""
git config mergetool.mergeresolver.trustExitCode true
git config mergetool.keepBackup false

echo "== git mergetool --tool mergeresolver"
git mergetool --tool mergeresolver --no-prompt || true

echo "== The shipped threshold (0.99) applies a resolution only when the model is nearly certain: both hunks are left, and"
echo "== the explanations above show the ranker's best candidate for each, with its probability."
echo "== mergeresolver resolve --threshold 0.5 --report report.md (batch mode, as in CI, with a threshold this demo chooses:"
echo "== keeps partial resolutions, stages what is clean)"
eval "$tool resolve --threshold 0.5 --report report.md" || true
cat report.md
echo "== Cart.cs now: the resolved hunk merged, the unsure one with git's markers"
cat Cart.cs
echo "== git status"
git status --short
