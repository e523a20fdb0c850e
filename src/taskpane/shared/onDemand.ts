// Code the pane loads on demand (not in its first view): `import()` once, shared by every caller, and a failed load
// (a dropped connection) forgotten, so the next call tries again instead of failing for the rest of the session.
export function onDemand<M>(load: () => Promise<M>): () => Promise<M> {
  let loading: Promise<M> | undefined;
  return () => {
    loading ??= load().catch((e: unknown) => {
      loading = undefined;
      throw e;
    });
    return loading;
  };
}
