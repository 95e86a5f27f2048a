import { buildKey, LLAMA_SERVER_CMAKE_OPTIONS, llamaServerCmakeOptions, LLAMA_SERVER_TARGETS, type BuildInputs } from './llama-server-build';

describe('llama-server build cache key', () => {
  const inputs: BuildInputs = {
    bundleSha256: 'a'.repeat(64),
    cmakeOptions: LLAMA_SERVER_CMAKE_OPTIONS,
    compiler: 'c++ (Debian 12.2.0-14) 12.2.0',
    cmake: 'cmake version 3.25.1',
    targets: LLAMA_SERVER_TARGETS,
  };

  it('is the same for the same inputs, so a later run reuses the build', () => {
    expect(buildKey({ ...inputs, cmakeOptions: [...inputs.cmakeOptions] })).toBe(buildKey(inputs));
  });

  it.each([
    ['bundle', { bundleSha256: 'b'.repeat(64) }],
    ['CMake options', { cmakeOptions: [...LLAMA_SERVER_CMAKE_OPTIONS, '-DGGML_OPENMP=OFF'] }],
    ['compiler', { compiler: 'c++ (Debian 13.1.0) 13.1.0' }],
    ['CMake version', { cmake: 'cmake version 3.31.6' }],
    ['targets', { targets: ['llama-server'] }],
  ] as const)('changes with the %s, so a stale build is not reused', (_what, change) => {
    expect(buildKey({ ...inputs, ...change })).not.toBe(buildKey(inputs));
  });

  it('builds natively, Release, with OpenMP, for the CPU only, with nothing fetched', () => {
    expect(LLAMA_SERVER_CMAKE_OPTIONS).toEqual(
      expect.arrayContaining(['-DCMAKE_BUILD_TYPE=Release', '-DGGML_NATIVE=ON', '-DGGML_OPENMP=ON', '-DGGML_CUDA=OFF', '-DLLAMA_USE_PREBUILT_UI=OFF']),
    );
  });

  it('on a GPU server turns CUDA on for the one architecture named, keeps every other option, and so builds apart', () => {
    const cuda = llamaServerCmakeOptions('cuda', '90');
    expect(cuda).toContain('-DGGML_CUDA=ON');
    expect(cuda).toContain('-DCMAKE_CUDA_ARCHITECTURES=90');
    expect(cuda).not.toContain('-DGGML_CUDA=OFF');
    expect(cuda.filter((option) => !option.includes('CUDA'))).toEqual(LLAMA_SERVER_CMAKE_OPTIONS.filter((option) => !option.includes('CUDA')));
    expect(llamaServerCmakeOptions(null)).toBe(LLAMA_SERVER_CMAKE_OPTIONS);
    expect(buildKey({ ...inputs, cmakeOptions: cuda })).not.toBe(buildKey(inputs));
  });
});
