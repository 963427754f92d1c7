import { sql } from 'kysely';
import { z } from 'zod';
import type { Api, ModuleDeps } from '../platform/http';
import { APP_VERSION } from '../version';

export function healthRoutes(app: Api, { db }: ModuleDeps): void {
  app.get(
    '/api/health',
    {
      config: { access: 'public' },
      schema: {
        tags: ['Hệ thống'],
        summary: 'Tình trạng dịch vụ và cơ sở dữ liệu',
        response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['sqlite', 'postgres']), version: z.string() }) },
      },
    },
    async () => {
      await sql`select 1`.execute(db.kysely);
      return { status: 'ok' as const, database: db.engine, version: APP_VERSION };
    },
  );
}
