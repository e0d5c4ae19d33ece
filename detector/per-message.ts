/**
 * Answers kept while one message is read. Extraction asks the same pure questions about the same few names many
 * times over (a name several patterns propose is tidied once for each); an answer is worked out once and kept
 * until the next message, so what is kept is never more than one message's worth.
 */

const caches: Map<string, unknown>[] = [];

/** A cache kept for a caller that never starts a message (a test asking thousands of questions) stays this small. */
const MAX_ANSWERS = 500;

/** `answer`, each of its answers remembered until {@link forgetAnswers}. */
export function rememberingAnswers<T>(answer: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  caches.push(cache);
  return (key) => {
    const known = cache.get(key);
    if (known !== undefined || cache.has(key)) return known as T;
    const value = answer(key);
    if (cache.size >= MAX_ANSWERS) cache.clear();
    cache.set(key, value);
    return value;
  };
}

/** Forgets every remembered answer: another message is about to be read. */
export function forgetAnswers(): void {
  for (const cache of caches) if (cache.size) cache.clear();
}
