import { InferenceError } from '../inference.errors';

/** The InferenceError a promise rejects with; fails the test when it resolves or rejects with anything else. */
export async function caughtInferenceError(promise: Promise<unknown>): Promise<InferenceError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InferenceError);
  return error as InferenceError;
}
