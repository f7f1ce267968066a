#!/usr/bin/env bash
# A long fuzzing run of the property tests (5,000 cases each instead of CI's 60; about 25 minutes
# on 2 cores). Not run in CI.
#   scripts/fuzz.sh                            # the "long" profile
#   FAURE_FUZZ_EXAMPLES=1500 scripts/fuzz.sh   # fewer cases each (about 8 minutes)
#   HYPOTHESIS_PROFILE=ci scripts/fuzz.sh      # what CI runs
set -euo pipefail
cd "$(dirname "$0")/.."
HYPOTHESIS_PROFILE="${HYPOTHESIS_PROFILE:-long}" exec pytest tests/test_robustness.py --hypothesis-show-statistics -q "$@"
