/**
 * Several application instances on one PostgreSQL database: an alert raised on one reaches browsers connected to
 * another (LISTEN/NOTIFY), and the schedule of timed work runs each job exactly once even when an instance is
 * killed in the middle of its work.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { TAlertDelivery } from '@core/schemas/alerts';
import { systemMeta } from '../../platform/context';
import { prepare } from '../../start';
import { createTestContext, ENGINE, type TestContext } from '../../test/support';
import { openSse } from '../../test/sse';
import { raiseAlert, type RaiseAlert } from './alerts.service';

const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

describe.skipIf(ENGINE !== 'postgres')('several instances on PostgreSQL', () => {
  let ctx: TestContext;
  let other: FastifyInstance;
  let otherUrl: string;
  const units: Record<string, number> = {};

  beforeAll(async () => {
    ctx = await createTestContext();
    const config = ctx.app.deps.config;
    ({ app: other } = await prepare({ databaseUrl: DATABASE_URL, pgSchema: config.pgSchema, dataDir: config.dataDir, demo: false, logLevel: 'silent', webDir: '/nonexistent' }));
    await other.listen({ port: 0, host: '127.0.0.1' });
    const address = other.server.address();
    otherUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    for (const r of await ctx.db.kysely.selectFrom('units').select(['id', 'code']).execute()) units[r.code] = r.id;
  });
  afterAll(async () => {
    await other?.close();
    await other?.deps.db.close();
    await ctx?.close();
  });

  const alert = (title: string, over: Partial<RaiseAlert> = {}): RaiseAlert => ({
    kind: 'test', urgent: true, title, body: title, unitId: units['BN-TP'] as number,
    targets: [{ unitId: units['BN-TP-CA'] as number, role: 'police_liaison', mustAck: true }],
    ackSeconds: null, escalation: [], channels: [], createdBy: null, ...over,
  });

  it('an alert committed on one instance reaches a browser connected to the other within a second', async () => {
    const police = await ctx.login('congan');
    const client = openSse(`${otherUrl}/api/alerts/stream`, { cookie: police.cookie });
    expect(await client.status).toBe(200);
    const started = performance.now();
    // No in-process wake-up here: only the NOTIFY sent on commit can tell the other instance.
    await ctx.db.transaction((tx) => raiseAlert(tx, ctx.db, systemMeta('test'), alert('Từ phiên bản thứ nhất')));
    const e = await client.next((x) => (JSON.parse(x.data) as TAlertDelivery).title === 'Từ phiên bản thứ nhất', 1000);
    expect(e.at - started).toBeLessThan(1000);
    client.close();
  });

  it('a browser whose instance stops resumes on the other with Last-Event-ID and loses nothing', async () => {
    const police = await ctx.login('congan');
    const config = ctx.app.deps.config;
    const { app: third } = await prepare({ databaseUrl: DATABASE_URL, pgSchema: config.pgSchema, dataDir: config.dataDir, demo: false, logLevel: 'silent', webDir: '/nonexistent' });
    await third.listen({ port: 0, host: '127.0.0.1' });
    const address = third.server.address();
    const first = openSse(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/api/alerts/stream`, { cookie: police.cookie });
    await first.status;
    await ctx.db.transaction((tx) => raiseAlert(tx, ctx.db, systemMeta('test'), alert('Trước khi phiên bản dừng')));
    const seen = await first.next((x) => (JSON.parse(x.data) as TAlertDelivery).title === 'Trước khi phiên bản dừng');
    await third.close();
    await third.deps.db.close();
    await ctx.db.transaction((tx) => raiseAlert(tx, ctx.db, systemMeta('test'), alert('Trong lúc mất kết nối')));
    const resumed = openSse(`${otherUrl}/api/alerts/stream`, { cookie: police.cookie, 'last-event-id': seen.id ?? '' });
    const e = await resumed.next();
    expect((JSON.parse(e.data) as TAlertDelivery).title).toBe('Trong lúc mất kết nối');
    resumed.close();
  });

  it('runs every escalation exactly once across two instances, one of them killed in the middle', async () => {
    // Only the two child processes work the schedule.
    await ctx.app.alerts.jobs.stop();
    await other.alerts.jobs.stop();
    const config = ctx.app.deps.config;
    const start = (): Promise<{ child: ChildProcess; instance: string }> =>
      new Promise((resolve, reject) => {
        const child = spawn(process.execPath, ['--import', 'tsx', 'server/test/instance.ts'], {
          env: { ...process.env, DATABASE_URL, TIEPDAN_PG_SCHEMA: config.pgSchema, DATA_DIR: config.dataDir, JOB_POLL_MS: '50' },
          stdio: ['ignore', 'pipe', 'inherit'],
        });
        let out = '';
        child.stdout?.on('data', (b: Buffer) => {
          out += b.toString();
          const m = /ready \S+ (\S+)/.exec(out);
          if (m) resolve({ child, instance: m[1] as string });
        });
        child.once('exit', (code) => reject(new Error(`instance exited early (${code})`)));
      });
    const [a, b] = await Promise.all([start(), start()]);
    const chain = [[{ unitId: units['BN-TP'] as number, role: 'leader' as const, rank: 'head' as const }]];
    const count = 200;
    const ids = await ctx.db.transaction(async (tx) => {
      const out: number[] = [];
      for (let i = 0; i < count; i++) out.push((await raiseAlert(tx, ctx.db, systemMeta('test'), alert(`Chuyển tiếp ${i}`, { ackSeconds: 1, escalation: chain }))).alertId);
      return out;
    });
    const doneBy = async () => (await ctx.db.kysely.selectFrom('jobs').select(['done_by']).where('kind', '=', 'alert.escalate').where('done_at', 'is not', null).execute()).map((j) => j.done_by);
    for (let i = 0; i < 600 && (await doneBy()).filter((d) => d === a.instance).length < 20; i++) await new Promise((r) => setTimeout(r, 25));
    a.child.kill('SIGKILL');
    const killedAfter = (await doneBy()).filter((d) => d === a.instance).length;
    for (let i = 0; i < 3000 && (await doneBy()).length < count; i++) await new Promise((r) => setTimeout(r, 50));
    b.child.kill('SIGTERM');

    const finished = await doneBy();
    expect(finished).toHaveLength(count);
    expect(killedAfter).toBeGreaterThanOrEqual(20);
    expect(finished.filter((d) => d === b.instance).length).toBeGreaterThan(0);
    expect(finished.every((d) => d === a.instance || d === b.instance)).toBe(true);
    const escalated = await ctx.db.kysely.selectFrom('alert_deliveries').select(['alert_id']).where('level', '=', 1).where('alert_id', 'in', ids).execute();
    // One head of the city: exactly one level-1 delivery per alert, none lost with the killed instance, none doubled.
    expect(escalated).toHaveLength(count);
    expect(new Set(escalated.map((e) => e.alert_id)).size).toBe(count);
    const audits = await ctx.db.kysely.selectFrom('audit_log').select('entity_id').where('action', '=', 'alert.escalated').execute();
    expect(audits).toHaveLength(count);
  }, 300_000);
});
