#!/usr/bin/env bash
# Builds the benchmarks jar and runs every scenario in one JVM run, then prints the ratio table.
# Arguments go to JMH, e.g. a quick run: benchmarks/run.sh -f 1 -wi 2 -i 3 -w 1s -r 1s
# Results: benchmarks/target/jmh-result.json (JMH JSON) and benchmarks/target/ratios.md (the table).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -Pbenchmarks -pl benchmarks -am package -DskipTests
# allowAttachSelf lets JOL measure object sizes through Instrumentation (it falls back to its own layout model without).
exec java -Djdk.attach.allowAttachSelf=true -jar benchmarks/target/benchmarks.jar "$@"
