#!/usr/bin/env bash
# Runs MedLocal's offline GPU benchmark kit (made by pack.sh) on a GPU server with no network and no Node.js, from the
# root of a copy of the repository that holds tmp/gpu-kit/:
#   bash tmp/gpu-kit/run.sh [results folder]
# 1. unpacks Node.js, npm, the built API with its dependencies and llama.cpp's source;
# 2. compiles node-llama-cpp's bindings with CUDA for this GPU, llama-server and llama-quantize in the same build, while
#    the benchmark model is written (bench:peer --model-only);
# 3. runs bench:peer with every layer on the GPU on both sides, then the /api/status check.
# Settings: MEDLOCAL_GPU_KIT_GPU (cuda; cpu rehearses the kit on a machine without a GPU), PEER_BENCH_* (see
# tools/bench/peer.bench.ts; here PEER_BENCH_SHAPE defaults to gpu and PEER_BENCH_THREADS to 4).
set -uo pipefail
ROOT=$(pwd)
KIT="$ROOT/tmp/gpu-kit"
RESULTS=${1:-$ROOT/bench-results}
GPU=${MEDLOCAL_GPU_KIT_GPU:-cuda}
mkdir -p "$RESULTS" "$KIT/bin"
started=$(date +%s)
say() { echo "[gpu kit +$(($(date +%s) - started))s] $*"; }

# xz where installed, else Python's lzma (CUDA images carry Python, not always xz).
unxz_stdout() {
  if command -v xz > /dev/null; then xz -dc "$1"; else python3 -c 'import lzma, shutil, sys; shutil.copyfileobj(lzma.open(sys.argv[1]), sys.stdout.buffer)' "$1"; fi
}

say "unpacking"
unxz_stdout "$KIT/node.xz" > "$KIT/bin/node" && chmod +x "$KIT/bin/node"
unxz_stdout "$KIT/npm.tar.xz" | tar -C "$KIT" -xf -
ln -sf "$KIT/npm/bin/npm-cli.js" "$KIT/bin/npm"
export PATH="$KIT/bin:$PATH"
# Some CUDA images keep CMake and ninja in a Python environment, and nvcc outside the PATH.
[ -d /opt/torch/.venv/bin ] && export PATH="$PATH:/opt/torch/.venv/bin"
[ -d /usr/local/cuda/bin ] && export PATH="$PATH:/usr/local/cuda/bin"
unxz_stdout "$KIT/app.tar.xz" | tar -C "$ROOT" -xf -
LLAMA_SOURCE="$ROOT/node_modules/node-llama-cpp/llama/llama.cpp"
unxz_stdout "$KIT/llama-src.tar.xz" | tar -C "$ROOT/node_modules/node-llama-cpp/llama" -xf -
# node-llama-cpp builds a source folder it considers cloned: a .git folder beside its release record.
mkdir -p "$LLAMA_SOURCE/.git"
{
  echo "node $(node --version), npm $(npm --version), $(cmake --version | head -n 1), $(c++ --version | head -n 1)"
  command -v nvcc > /dev/null && nvcc --version | tail -n 2
  command -v nvidia-smi > /dev/null && nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader
  nproc
} 2>&1 | tee "$RESULTS/gpu-kit-machine.txt"

export PEER_BENCH_GPU=$GPU PEER_BENCH_LLAMA_SOURCE=$LLAMA_SOURCE PEER_BENCH_REVISION=$(cat "$KIT/REVISION")
export PEER_BENCH_SHAPE=${PEER_BENCH_SHAPE:-gpu} PEER_BENCH_THREADS=${PEER_BENCH_THREADS:-4}
NLC_GPU=$GPU
[ "$GPU" = cpu ] && NLC_GPU=false
# llama-server and llama-quantize are built inside node-llama-cpp's own build: the same ggml libraries and flags as
# MedLocal's, and one CUDA compile instead of two. These options also name the build folder, so MedLocal finds the
# build at run time only with them set: they stay exported for every process below.
export NODE_LLAMA_CPP_CMAKE_OPTION_LLAMA_BUILD_TOOLS=ON NODE_LLAMA_CPP_CMAKE_OPTION_LLAMA_BUILD_SERVER=ON
export NODE_LLAMA_CPP_CMAKE_OPTION_LLAMA_BUILD_UI=OFF NODE_LLAMA_CPP_CMAKE_OPTION_LLAMA_USE_PREBUILT_UI=OFF
export NODE_LLAMA_CPP_CMAKE_OPTION_LLAMA_OPENSSL=OFF NODE_LLAMA_CPP_CMAKE_OPTION_LLAMA_CURL=OFF

say "building node-llama-cpp with llama-server (gpu $NLC_GPU) while the $PEER_BENCH_SHAPE model is written"
(cd "$ROOT/node_modules/node-llama-cpp" && node dist/cli/cli.js source build --gpu "$NLC_GPU" --noUsageExample) > "$RESULTS/build-node-llama-cpp.log" 2>&1 &
bindings=$!
node "$KIT/peer.bench.mjs" --model-only > "$RESULTS/model.log" 2>&1 &
model=$!
wait $bindings
bindings_status=$?
say "node-llama-cpp build ended ($bindings_status)"
wait $model
model_status=$?
say "model written ($model_status)"
tail -n 5 "$RESULTS/build-node-llama-cpp.log" "$RESULTS/model.log"
BUILT=$(dirname "$(ls "$ROOT"/node_modules/node-llama-cpp/llama/localBuilds/*/Release/llama-server 2> /dev/null | head -n 1)")
if [ $bindings_status -ne 0 ] || [ $model_status -ne 0 ] || [ ! -x "$BUILT/llama-server" ]; then
  say "the build or the model failed: see build-node-llama-cpp.log and model.log"
  exit 1
fi
export PEER_BENCH_LLAMA_SERVER_DIR=$BUILT
ls "$BUILT" | tr '\n' ' ' | tee -a "$RESULTS/gpu-kit-machine.txt"
echo

say "bench:peer"
node "$KIT/peer.bench.mjs" 2>&1 | tee "$RESULTS/peer-bench.log"
cp "bench-results/$([ "$GPU" = cpu ] && echo peer.json || echo "peer-$GPU.json")" "$RESULTS/" 2> /dev/null

MODEL=$(ls tmp/bench-models/*"${PEER_BENCH_SHAPE}"*q4_k_m.gguf 2> /dev/null | head -n 1)
[ -n "$MODEL" ] || MODEL=$(ls tmp/bench-models/*"${PEER_BENCH_SHAPE}"*.gguf | head -n 1)
say "/api/status on $MODEL"
node "$KIT/api-status.mjs" "$MODEL" "$([ "$GPU" = cpu ] && echo cpu || echo "$GPU")" 2>&1 | tee "$RESULTS/api-status.log"
cp bench-results/api-status-gpu.json "$RESULTS/" 2> /dev/null
say "done"
