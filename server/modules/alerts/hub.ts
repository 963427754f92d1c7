/**
 * The stream hub: one per instance, holding the browsers connected to this instance. It never receives alert
 * content from a message bus: a wake-up (this instance committed an alert, PostgreSQL NOTIFY from any instance, or
 * a 2-second safety tick) makes it read the counter and then the deliveries after its high-water mark for the
 * accounts connected here — one query per wake-up however many browsers are connected, each alert's content once —
 * and write each to its recipient's connections. Sequence numbers are given in commit order (alerts.service.ts),
 * so the mark never skips a delivery and a browser resuming with Last-Event-ID receives exactly what it missed.
 *
 * Board changes (`changingBoard`) arrive the same ways, carrying only the units concerned; the hub writes a `board`
 * event, without an id so Last-Event-ID keeps counting alerts, to the connections allowed to see those units'
 * board, which then read it again. A browser that was away reads the board afresh when it reconnects.
 */
import type { ServerResponse } from 'node:http';
import pg from 'pg';
import type { TAlertDelivery } from '@core/schemas/alerts';
import type { Db } from '../../db/database';
import { alertSignal, BOARD, deliveriesAfter, fanOut, lastSeq, PG_CHANNEL } from './alerts.service';

interface Connection {
  accountId: number;
  res: ServerResponse;
  /** Highest seq written to this browser; replay and live pushes never write one twice or out of order. */
  sent: number;
  /** While the reconnection replay runs, live pushes wait here. */
  queued: TAlertDelivery[] | null;
  /** Whether a board change of these units concerns this browser's user; null: he has no board. */
  board: BoardFilter | null;
}

export type BoardFilter = (unitIds: number[]) => boolean;

const BATCH = 1000;

export function writeEvent(res: ServerResponse, d: TAlertDelivery): void {
  res.write(`id: ${d.seq}\nevent: alert\ndata: ${JSON.stringify(d)}\n\n`);
}

export class AlertHub {
  private readonly byAccount = new Map<number, Set<Connection>>();
  private mark = 0;
  private draining: Promise<void> | null = null;
  private again = false;
  private listener: pg.Client | null = null;
  private schema: string | null = null;
  private timers: NodeJS.Timeout[] = [];
  private closed = false;
  private readonly wake = () => void this.drain();
  private readonly onBoard = (unitIds: number[]) => this.pushBoard(unitIds);

  constructor(
    private readonly db: Db,
    private readonly pgUrl: { url: string; schema: string | undefined } | null,
    private readonly log: { warn(obj: unknown, msg: string): void },
  ) {}

  async start(): Promise<void> {
    this.closed = false;
    this.mark = await lastSeq(this.db.kysely);
    alertSignal(this.db).on('committed', this.wake);
    alertSignal(this.db).on(BOARD, this.onBoard);
    if (this.pgUrl) await this.listen();
    this.timers.push(setInterval(this.wake, 2000));
    // Proxies close idle connections: a comment line every 20 s keeps the stream open.
    this.timers.push(
      setInterval(() => {
        for (const set of this.byAccount.values()) for (const c of set) c.res.write(': keep-alive\n\n');
      }, 20_000),
    );
  }

  async stop(): Promise<void> {
    this.closed = true;
    alertSignal(this.db).off('committed', this.wake);
    alertSignal(this.db).off(BOARD, this.onBoard);
    for (const t of this.timers) clearInterval(t);
    this.timers = [];
    for (const set of this.byAccount.values()) for (const c of set) c.res.end();
    this.byAccount.clear();
    await this.draining;
    const listener = this.listener;
    this.listener = null;
    await listener?.end().catch(() => undefined);
  }

  get connections(): number {
    let n = 0;
    for (const set of this.byAccount.values()) n += set.size;
    return n;
  }

  private async listen(): Promise<void> {
    if (!this.pgUrl || this.closed) return;
    const client = new pg.Client({ connectionString: this.pgUrl.url, ...(this.pgUrl.schema ? { options: `-c search_path=${this.pgUrl.schema},public` } : {}) });
    const retry = () => {
      if (this.listener !== client || this.closed) return;
      this.listener = null;
      this.timers.push(setTimeout(() => void this.listen().catch((e: unknown) => this.log.warn({ err: e }, 'alerts: LISTEN reconnect failed')), 1000));
    };
    client.on('error', (error) => {
      this.log.warn({ err: error }, 'alerts: LISTEN connection lost');
      retry();
    });
    client.on('end', retry);
    await client.connect();
    this.schema = ((await client.query<{ s: string }>('select current_schema() as s')).rows[0] ?? { s: '' }).s;
    const boardPrefix = `${this.schema} ${BOARD} `;
    client.on('notification', (n) => {
      if (n.payload === this.schema) this.wake();
      else if (n.payload?.startsWith(boardPrefix)) this.pushBoard(n.payload.slice(boardPrefix.length).split(',').filter(Boolean).map(Number));
    });
    await client.query(`listen ${PG_CHANNEL}`);
    this.listener = client;
    this.wake();
  }

  /** One pass at a time; a wake-up during a pass runs one more pass after it. */
  drain(): Promise<void> {
    if (this.draining) {
      this.again = true;
      return this.draining;
    }
    this.draining = (async () => {
      do {
        this.again = false;
        for (;;) {
          const { upTo, deliveries } = await fanOut(this.db, this.mark, () => [...this.byAccount.keys()], BATCH);
          for (const { accountId, ...delivery } of deliveries) {
            for (const c of this.byAccount.get(accountId) ?? []) this.push(c, delivery);
          }
          this.mark = upTo;
          if (deliveries.length < BATCH) break;
        }
      } while (this.again && !this.closed);
    })()
      .catch((error: unknown) => this.log.warn({ err: error }, 'alerts: drain failed'))
      .finally(() => {
        this.draining = null;
      });
    return this.draining;
  }

  private pushBoard(unitIds: number[]): void {
    const event = `event: ${BOARD}\ndata: ${JSON.stringify({ unitIds })}\n\n`;
    for (const set of this.byAccount.values()) for (const c of set) if (c.board?.(unitIds)) c.res.write(event);
  }

  private push(c: Connection, d: TAlertDelivery): void {
    if (c.queued) {
      c.queued.push(d);
      return;
    }
    if (d.seq <= c.sent) return;
    writeEvent(c.res, d);
    c.sent = d.seq;
  }

  /**
   * Attaches a browser. With `resumeAfter` (Last-Event-ID) it replays every delivery after it; without, `initial`
   * gives what must still ring (unacknowledged). Live pushes are held until the replay is written.
   */
  async attach(accountId: number, res: ServerResponse, resumeAfter: number | null, initial: () => Promise<TAlertDelivery[]>, board: BoardFilter | null = null): Promise<() => void> {
    const c: Connection = { accountId, res, sent: resumeAfter ?? 0, queued: [], board };
    let set = this.byAccount.get(accountId);
    if (!set) this.byAccount.set(accountId, (set = new Set()));
    set.add(c);
    const detach = () => {
      const s = this.byAccount.get(accountId);
      s?.delete(c);
      if (s && s.size === 0) this.byAccount.delete(accountId);
    };
    try {
      const replay = resumeAfter !== null ? await this.replay(accountId, resumeAfter) : await initial();
      for (const d of replay) {
        writeEvent(res, d);
        c.sent = Math.max(c.sent, d.seq);
      }
    } finally {
      const queued = c.queued ?? [];
      c.queued = null;
      for (const d of queued) this.push(c, d);
    }
    return detach;
  }

  private async replay(accountId: number, after: number): Promise<TAlertDelivery[]> {
    const out: TAlertDelivery[] = [];
    let from = after;
    for (;;) {
      const batch = await deliveriesAfter(this.db.kysely, from, accountId, BATCH);
      out.push(...batch);
      if (batch.length < BATCH) return out;
      from = batch[batch.length - 1]?.seq ?? from;
    }
  }
}
