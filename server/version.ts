import { existsSync, readFileSync } from 'node:fs';

// Found upward from this file: it runs as server/version.ts under tsx and bundled as dist/server/main.js.
const file = [new URL('../package.json', import.meta.url), new URL('../../package.json', import.meta.url)].find((u) => existsSync(u));

export const APP_VERSION: string = file ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version : '0.0.0';
