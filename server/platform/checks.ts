/**
 * Runs a write's independent checks and reads at once — PostgreSQL serves them on several pooled connections, so a
 * request waits for the slowest instead of their sum — and fails as the first of them, in the order given, would
 * have: the error a user sees never depends on which query happened to finish first.
 */
export async function inOrder<T extends readonly unknown[] | []>(work: T): Promise<{ -readonly [P in keyof T]: Awaited<T[P]> }> {
  const settled = await Promise.allSettled<readonly unknown[]>(work);
  const values = settled.map((s) => {
    if (s.status === 'rejected') throw s.reason;
    return s.value;
  });
  return values as { -readonly [P in keyof T]: Awaited<T[P]> };
}
