import { lazy, type ComponentType } from 'react';

/** React.lazy for modules with named exports (named exports keep components greppable). */
export function lazyNamed<K extends string, M extends Record<K, ComponentType>>(load: () => Promise<M>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}
