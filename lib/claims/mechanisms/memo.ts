/** `f` answering each argument once: for questions asked again of one sentence (negations at the same offset). */
export function memoize<K, V>(f: (k: K) => V): (k: K) => V {
  const answers = new Map<K, V>();
  return (k) => {
    if (answers.has(k)) return answers.get(k)!;
    const v = f(k);
    answers.set(k, v);
    return v;
  };
}

/** `f` evaluated on first call only. */
export function lazy<V>(f: () => V): () => V {
  let done = false;
  let v: V;
  return () => {
    if (!done) {
      v = f();
      done = true;
    }
    return v;
  };
}
