/**
 * `load`, run the first time it is needed and shared by every ask made while it runs or after it succeeded. A
 * failure is forgotten, so the next ask loads again.
 */
export function sharedUntilFailure<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}
