export type * from './types';
export { DEFAULT_ROSTER_RULES } from './types';
export { checkRoster } from './check';
export { expandShifts, isNightShift, uncoveredIntervals } from './shifts';
export { DEFAULT_WEIGHTS, solveRoster } from './solve';
export type { SolveOptions } from './solve';
