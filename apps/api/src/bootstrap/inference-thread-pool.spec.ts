import { inferenceThreadPoolSize } from './inference-thread-pool';

describe('inferenceThreadPoolSize', () => {
  it('gives an inference node running llama.cpp itself one libuv pool thread, so every decode step runs on one OpenMP team', () => {
    expect(inferenceThreadPoolSize({ MEDLOCAL_ROLE: 'inference-node' })).toBe('1');
  });

  it("keeps the operator's own setting, the full MedLocal's pool and a node that forwards to another engine", () => {
    expect(inferenceThreadPoolSize({ MEDLOCAL_ROLE: 'inference-node', UV_THREADPOOL_SIZE: '4' })).toBeNull();
    expect(inferenceThreadPoolSize({})).toBeNull();
    expect(inferenceThreadPoolSize({ MEDLOCAL_ROLE: 'all' })).toBeNull();
    expect(inferenceThreadPoolSize({ MEDLOCAL_ROLE: 'inference-node', INFERENCE_REMOTE_URL: 'http://127.0.0.2:8080/v1' })).toBeNull();
  });
});
