import { describe, expect, it } from 'vitest';
import { inOrder } from './checks';

const after = <T>(ms: number, value: T, fail = false) => new Promise<T>((resolve, reject) => setTimeout(() => (fail ? reject(new Error(String(value))) : resolve(value)), ms));

describe('inOrder', () => {
  it('gives every value in the order given, whatever order they finish in', async () => {
    expect(await inOrder([after(20, 'a'), after(1, 2), after(10, null), undefined])).toEqual(['a', 2, null, undefined]);
  });

  it('fails with the first failure in the order given, not the first to happen, and only once all have settled', async () => {
    let lastDone = false;
    const late = after(40, 'x').then((v) => {
      lastDone = true;
      return v;
    });
    await expect(inOrder([after(5, 1), after(30, 'chỗ tiếp', true), after(1, 'lĩnh vực', true), late])).rejects.toThrow('chỗ tiếp');
    expect(lastDone).toBe(true);
  });
});
