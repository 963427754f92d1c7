import { useEffect, useState } from 'react';

/**
 * The value as it was `delay` ms after the last change: the search box asks the server once the officer pauses,
 * not on every keystroke (each request ranks up to 150 candidates).
 */
export function useDebounced<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}
