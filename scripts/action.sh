#!/usr/bin/env bash
# The step of the docs-lint GitHub Action (action.yml runs it; tests run it with GITHUB_* and INPUT_*
# variables set): lint, print annotations, append the job summary, write SARIF if asked, and fail as
# `fail-on` says.
set -uo pipefail

action_path="${GITHUB_ACTION_PATH:-$(cd "$(dirname "$0")/.." && pwd)}"
# DOCS_LINT_CLI: another build of the CLI (tests run the TypeScript source).
cli="${DOCS_LINT_CLI:-$action_path/dist/src/cli/main.js}"
fail_on="${INPUT_FAIL_ON:-error}"
case "$fail_on" in
  error | warning | never) ;;
  *)
    echo "::error title=docs-lint::The input fail-on takes error, warning or never, not \"$fail_on\"."
    exit 2
    ;;
esac

args=(--format "${INPUT_FORMAT:-github}" --root "${INPUT_ROOT:-.}")
if [ -n "${INPUT_LANGUAGES:-}" ]; then args+=(--lang "$INPUT_LANGUAGES"); fi
# Paths given are linted whole: the CLI takes either paths or --changed-since, and changed-since
# has a default on every pull request.
if [ -n "${INPUT_CHANGED_SINCE:-}" ] && [ -z "${INPUT_PATHS//[[:space:]]/}" ]; then args+=(--changed-since "$INPUT_CHANGED_SINCE"); fi
if [ -n "${INPUT_BASELINE:-}" ]; then args+=(--baseline "$INPUT_BASELINE"); fi
if [ "$fail_on" = warning ]; then args+=(--max-warnings 0); fi

# The summary goes to a file of its own first: the job summary is appended to, never overwritten.
summary="$(mktemp "${RUNNER_TEMP:-${TMPDIR:-/tmp}}/docs-lint-summary.XXXXXX")"
trap 'rm -f "$summary"' EXIT
args+=(--output-file "$summary" --output-format summary)
if [ -n "${INPUT_SARIF_FILE:-}" ]; then args+=(--output-file "$INPUT_SARIF_FILE" --output-format sarif); fi

# Paths are separated by spaces or new lines; no globbing.
paths=()
read -r -d '' -a paths <<< "${INPUT_PATHS:-}" || true

node "$cli" "${paths[@]}" "${args[@]}"
status=$?

if [ -n "${GITHUB_STEP_SUMMARY:-}" ] && [ -s "$summary" ]; then cat "$summary" >> "$GITHUB_STEP_SUMMARY"; fi

# 2 is a usage or internal error: it fails the step whatever fail-on says.
if [ "$status" -eq 2 ] || [ "$fail_on" != never ]; then exit "$status"; fi
exit 0
