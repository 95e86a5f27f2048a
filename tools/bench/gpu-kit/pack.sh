#!/usr/bin/env bash
# Packs MedLocal's offline GPU benchmark kit into tmp/gpu-kit/: everything a GPU server with no network and no
# Node.js needs to build llama.cpp with CUDA for its own GPU, run bench:peer there (MedLocal's inference node and
# llama-server side by side, every layer on the GPU) and report /api/status's GPU fields. Hospitals' GPU servers are
# often air-gapped; the kit is what sizing a GPU for MedLocal takes before the real model goes there.
#
# Run on a machine where `npm ci && npx nx build api` has run (same CPU architecture as the GPU server, x86-64):
#   bash tools/bench/gpu-kit/pack.sh
# then copy the repository with tmp/gpu-kit/ to the GPU server and run tools/bench/gpu-kit/run.sh there.
#
# What it holds (about 60 MB): this machine's Node.js binary and npm (node-llama-cpp's build runs npm scripts), the
# built API with its production dependencies (node-llama-cpp as patched here, without prebuilt binaries: the GPU
# server compiles its own), llama.cpp's source from node-llama-cpp's git bundle without its models, docs and tests,
# and bench:peer and the status check bundled into plain JavaScript.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
KIT="$ROOT/tmp/gpu-kit"
cd "$ROOT"
[ -f dist/apps/api/main.js ] || { echo "dist/apps/api/main.js is missing: run npx nx build api first" >&2; exit 1; }
STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
rm -rf "$KIT"
mkdir -p "$KIT"

echo "gpu kit: Node.js $(node --version) and npm $(npm --version)"
# Without its symbol table Node.js is an eighth smaller; the kit must fit where it is carried.
NODE_BINARY=$(readlink -f "$(command -v node)")
strip -o "$STAGE/node" "$NODE_BINARY" 2> /dev/null || cp "$NODE_BINARY" "$STAGE/node"
xz -T0 -6 -c "$STAGE/node" > "$KIT/node.xz"
NPM_DIR=$(dirname "$(dirname "$(readlink -f "$(command -v npm)")")")
tar -C "$(dirname "$NPM_DIR")" -cf - "$(basename "$NPM_DIR")" | xz -T0 -6 > "$KIT/npm.tar.xz"

echo "gpu kit: the API's production dependencies"
mkdir -p "$STAGE/app/dist/apps"
cp -a dist/apps/api "$STAGE/app/dist/apps/api"
rm -f "$STAGE/app/dist/apps/api/main.js.map"
cp dist/apps/api/package.json dist/apps/api/package-lock.json "$STAGE/app/"
(cd "$STAGE/app" && npm ci --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error)
rm -f "$STAGE/app/package.json" "$STAGE/app/package-lock.json"
# Prebuilt llama.cpp binaries (hundreds of MB for every GPU generation) stay behind: the server builds for its own GPU.
# Nx is a build tool the API's manifest names but never loads.
rm -rf "$STAGE/app/node_modules/@node-llama-cpp" "$STAGE/app/node_modules/nx" "$STAGE/app/node_modules/@nx" "$STAGE/app/node_modules/node-llama-cpp"
cp -a node_modules/node-llama-cpp "$STAGE/app/node_modules/node-llama-cpp"
rm -rf "$STAGE/app/node_modules/node-llama-cpp/llama/"{localBuilds,gitRelease.bundle,medlocal-build.json,llama.cpp,lastBuild.json}
tar -C "$STAGE/app" -cf - node_modules dist | xz -T0 -6 > "$KIT/app.tar.xz"

echo "gpu kit: llama.cpp source from node-llama-cpp's bundle"
git clone --quiet node_modules/node-llama-cpp/llama/gitRelease.bundle "$STAGE/llama.cpp" 2> /dev/null
git -C "$STAGE/llama.cpp" rev-parse HEAD > "$STAGE/llama.cpp/MEDLOCAL_LLAMA_COMMIT"
rm -rf "$STAGE/llama.cpp/"{.git,.github,models,docs,examples,tests,benches,gguf-py,conversion,tools/ui/tests,tools/server/tests}
tar -C "$STAGE" -cf - llama.cpp | xz -T0 -6 > "$KIT/llama-src.tar.xz"

echo "gpu kit: bench:peer and the status check as plain JavaScript"
for entry in peer.bench.ts:tools/bench/peer.bench.ts api-status.ts:tools/bench/gpu-kit/api-status.ts; do
  name=${entry%%:*}
  node -e "
    const { build } = require('esbuild');
    build({ entryPoints: ['${entry#*:}'], outfile: '$KIT/${name%.ts}.mjs', bundle: true, platform: 'node', format: 'esm',
      target: 'node20', packages: 'external', tsconfig: 'tsconfig.base.json', logLevel: 'warning' }).catch(() => process.exit(1));"
done
git rev-parse --short HEAD > "$KIT/REVISION" 2> /dev/null || echo unknown > "$KIT/REVISION"
cp tools/bench/gpu-kit/run.sh "$KIT/run.sh"
du -ch "$KIT"/* | tail -n 1
