/**
 * The durable schedule of timed work (escalations, outbound messages, reminders). A job is a row written in the
 * transaction of the change that needs it, so work is scheduled only for committed changes and survives restarts.
 *
 * Exactly once across instances: a job is claimed, run and marked done in ONE transaction. On PostgreSQL the claim
 * is `FOR UPDATE SKIP LOCKED`, so concurrent instances take different rows; if an instance dies mid-job its
 * connection closes, the transaction rolls back, the row unlocks and another instance runs it — the database effects
 * of a job and its completion commit together or not at all. On SQLite the single process is the only worker (the
 * embedded engine has one writer). Effects outside the database (an SMS) are at-least-once: a crash between the send
 * and the commit sends again on retry, the unavoidable half of any outbound channel.
 */
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { Db, Tx } from '../../db/database';

export type JobHandler = (tx: Tx, payload: unknown, job: { id: number; attempts: number }) => Promise<void>;

export const JOB_MAX_ATTEMPTS = 5;

/** Schedules `kind` to run at `runAt` (ISO), in the caller's transaction. */
export async function enqueueJob(tx: Tx, db: Pick<Db, 'clock'>, kind: string, payload: unknown, runAt: string): Promise<void> {
  await enqueueJobs(tx, db, kind, [{ payload, runAt }]);
}

/** Schedules many jobs of one kind (a published roster's shifts) in a few statements. */
export async function enqueueJobs(tx: Tx, db: Pick<Db, 'clock'>, kind: string, jobs: { payload: unknown; runAt: string }[]): Promise<void> {
  const now = db.clock.nowIso();
  for (let i = 0; i < jobs.length; i += 500) {
    await tx
      .insertInto('jobs')
      .values(jobs.slice(i, i + 500).map((j) => ({ kind, payload: JSON.stringify(j.payload), run_at: j.runAt, attempts: 0, last_error: null, done_at: null, done_by: null, created_at: now })))
      .execute();
  }
}

export class JobRunner {
  readonly instance = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  private readonly handlers = new Map<string, JobHandler>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;
  private stopped = false;

  constructor(
    private readonly db: Db,
    private readonly onError: (error: unknown, job: { id: number; kind: string }) => void = () => {},
  ) {}

  handle(kind: string, handler: JobHandler): void {
    this.handlers.set(kind, handler);
  }

  start(intervalMs: number): void {
    this.stopped = false;
    const tick = () => {
      if (this.stopped) return;
      void this.runDue()
        .catch((error: unknown) => this.onError(error, { id: 0, kind: 'tick' }))
        .finally(() => {
          if (!this.stopped) this.timer = setTimeout(tick, intervalMs);
        });
    };
    this.timer = setTimeout(tick, intervalMs);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running?.catch(() => 0);
  }

  /** Runs every job due now, one transaction each; concurrent calls share one pass. Returns how many ran. */
  runDue(max = 100): Promise<number> {
    if (this.running) return this.running.then(() => this.runDue(max));
    this.running = this.pass(max).finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async pass(max: number): Promise<number> {
    let done = 0;
    while (done < max && !this.stopped) {
      const ran = await this.runOne();
      if (ran === 'none') break;
      done++;
    }
    return done;
  }

  private async runOne(): Promise<'ran' | 'failed' | 'none'> {
    const db = this.db;
    const now = db.clock.nowIso();
    let failed: { id: number; kind: string; attempts: number; error: unknown } | undefined;
    const outcome = await db
      .transaction(async (tx) => {
        const job =
          db.engine === 'postgres'
            ? (
                await sql<{ id: number; kind: string; payload: string; attempts: number }>`
                  select id, kind, payload, attempts from jobs where done_at is null and run_at <= ${now}
                  order by run_at, id limit 1 for update skip locked`.execute(tx)
              ).rows[0]
            : await tx
                .selectFrom('jobs')
                .select(['id', 'kind', 'payload', 'attempts'])
                .where('done_at', 'is', null)
                .where('run_at', '<=', now)
                .orderBy('run_at')
                .orderBy('id')
                .limit(1)
                .executeTakeFirst();
        if (!job) return 'none' as const;
        const handler = this.handlers.get(job.kind);
        if (!handler) throw Object.assign(new Error(`no handler for job kind ${job.kind}`), { job });
        try {
          await handler(tx, JSON.parse(job.payload), { id: job.id, attempts: job.attempts });
        } catch (error) {
          failed = { id: job.id, kind: job.kind, attempts: job.attempts, error };
          throw error;
        }
        await tx.updateTable('jobs').set({ done_at: db.clock.nowIso(), done_by: this.instance }).where('id', '=', job.id).execute();
        return 'ran' as const;
      })
      .catch((error: unknown) => {
        if (!failed) throw error;
        return 'failed' as const;
      });
    if (outcome === 'failed' && failed) await this.recordFailure(failed);
    return outcome;
  }

  /** A failed job is retried later with a growing delay; after the last attempt it stays in the table, marked failed. */
  private async recordFailure(f: { id: number; kind: string; attempts: number; error: unknown }): Promise<void> {
    this.onError(f.error, f);
    const attempts = f.attempts + 1;
    const message = f.error instanceof Error ? f.error.message : String(f.error);
    const retryAt = new Date(this.db.clock.nowMs() + 15_000 * 2 ** attempts).toISOString();
    await this.db.kysely
      .updateTable('jobs')
      .set({
        attempts,
        last_error: message.slice(0, 2000),
        run_at: retryAt,
        ...(attempts >= JOB_MAX_ATTEMPTS ? { done_at: this.db.clock.nowIso(), done_by: `failed:${this.instance}` } : {}),
      })
      .where('id', '=', f.id)
      .where('done_at', 'is', null)
      .execute();
  }
}
