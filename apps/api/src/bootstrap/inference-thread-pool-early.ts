import { inferenceThreadPoolSize } from './inference-thread-pool';

// libuv reads UV_THREADPOOL_SIZE when the pool first starts, so this runs before any module can queue pool work.
const size = inferenceThreadPoolSize(process.env);
if (size !== null) process.env['UV_THREADPOOL_SIZE'] = size;
