import type { Api, ModuleDeps } from '../../platform/http';

export function catalogRoutes(_app: Api, _deps: ModuleDeps): void {}
