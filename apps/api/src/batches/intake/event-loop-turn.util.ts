/**
 * Resolves on the next turn of the event loop, after pending timers and I/O have run. The intake
 * is CPU work on the one event loop the whole API shares: without a turn between chunks and
 * documents, data that is already buffered is read in one go (a promise's continuation never lets
 * I/O in), and health, clinicians' questions and the embedded database's storage probe all wait.
 */
export function nextEventLoopTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
