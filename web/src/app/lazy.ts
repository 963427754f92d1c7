import { lazy, type ComponentType } from 'react';
import { loadAreas, type Area } from '../lib/i18n';

/**
 * React.lazy for modules with named exports (named exports keep components greppable). `areas` are the parts of
 * the catalogue the screen's strings live in: they download alongside its code, so it never renders bare keys.
 */
export function lazyNamed<K extends string, M extends Record<K, ComponentType>>(load: () => Promise<M>, name: K, areas: readonly Area[] = []) {
  return lazy(async () => {
    const [module] = await Promise.all([load(), loadAreas(areas)]);
    return { default: module[name] };
  });
}
