import type { Api, ModuleDeps } from '../../platform/http';

export function deadlineRoutes(_app: Api, _deps: ModuleDeps): void {}
