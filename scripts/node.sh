#!/bin/sh
# Runs node with bounded V8 heaps, so a process's memory stays flat as the store grows: left to
# its defaults V8 lets each isolate (the loop and the projection thread) grow towards gigabytes
# before it collects. CRM_NODE_HEAP replaces the flags; set it empty for V8's defaults.
# Figures and the reasoning: docs/performance.md, "Bounded memory".
flags=${CRM_NODE_HEAP-'--max-semi-space-size=4 --max-old-space-size=512'}
# shellcheck disable=SC2086 # the flags are words on purpose
exec node $flags "$@"
