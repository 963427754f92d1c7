import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const here = (p: string): string => fileURLToPath(new URL(p, import.meta.url));

// The web app is built into dist/web at the repository root, where the server serves it from.
export default defineConfig({
  root: here('.'),
  plugins: [react()],
  resolve: { alias: { '@core': here('../core') } },
  build: {
    outDir: here('../dist/web'),
    emptyOutDir: true,
    // The manifest lets tests and tooling see which chunks each route pulls in (login budget).
    manifest: true,
    // antd's admin chunks are legitimately large; the budget that matters is the login route's (≤ 350 kB gzip).
    chunkSizeWarningLimit: 1200,
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
});
