#!/usr/bin/env bash
# The merge bot of the README's GitHub Actions job: packs MergeResolver from the checkout this
# script is in, installs it in a temporary tool path, merges BRANCH into the current branch, lets
# the tool resolve what it is sure of, and commits when no conflict is left. Run it in the
# repository to merge; the report goes to $REPORT (default: resolution.md in the current folder).
#
#   path/to/MergeResolver/samples/merge-bot.sh origin/feature
#
# Exit 0 merged (and committed), 1 conflicts left for a person, 2 error: resolve's own codes.
set -euo pipefail
branch="${1:?usage: merge-bot.sh BRANCH}"
report="${REPORT:-resolution.md}"
here="$(cd "$(dirname "$0")/.." && pwd)"
tools="$(mktemp -d)"
trap 'rm -rf "$tools"' EXIT

# One framework-dependent package is enough for one run (the published tool has one a platform too).
dotnet pack "$here/src/MergeResolver.Cli" -c Release -o "$tools/packages" -p:RuntimeIdentifiers= >&2
dotnet tool install MergeResolver.Tool --tool-path "$tools/bin" --add-source "$tools/packages" >&2

if git merge --no-edit "$branch"; then
  echo "merged $branch without conflicts" > "$report"
  exit 0
fi

status=0
"$tools/bin/mergeresolver" resolve --report "$report" || status=$?
if [ "$status" -eq 0 ]; then
  git commit --no-edit
fi
exit "$status"
