import type { Api, ModuleDeps } from '../../platform/http';

export function calendarRoutes(_app: Api, _deps: ModuleDeps): void {}
