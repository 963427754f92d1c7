import { request, type ClientRequest } from 'node:http';

export interface SseEvent {
  id: string | null;
  event: string;
  data: string;
  /** performance.now() when the event's last line arrived. */
  at: number;
}

export interface SseClient {
  events: SseEvent[];
  status: Promise<number>;
  /** Resolves with the first event not yet taken by an earlier `next` that satisfies `match` (received or to come). */
  next(match?: (e: SseEvent) => boolean, timeoutMs?: number): Promise<SseEvent>;
  close(): void;
}

/** A minimal EventSource over node:http for tests and the benchmark: sends the cookie and Last-Event-ID. */
export function openSse(url: string, headers: Record<string, string>, onEvent?: (e: SseEvent) => void): SseClient {
  const events: SseEvent[] = [];
  const waiters: { match: (e: SseEvent) => boolean; resolve: (e: SseEvent) => void }[] = [];
  const taken = new Set<SseEvent>();
  let req: ClientRequest;
  const status = new Promise<number>((resolveStatus, reject) => {
    req = request(url, { headers: { accept: 'text/event-stream', ...headers } }, (res) => {
      resolveStatus(res.statusCode ?? 0);
      res.setEncoding('utf8');
      let buffer = '';
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let cut: number;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const e: SseEvent = { id: null, event: 'message', data: '', at: performance.now() };
          let hasData = false;
          for (const line of block.split('\n')) {
            const i = line.indexOf(':');
            if (i === 0) continue;
            const field = i < 0 ? line : line.slice(0, i);
            const value = i < 0 ? '' : line.slice(i + 1).replace(/^ /, '');
            if (field === 'id') e.id = value;
            else if (field === 'event') e.event = value;
            else if (field === 'data') {
              e.data += (hasData ? '\n' : '') + value;
              hasData = true;
            }
          }
          if (!hasData) continue;
          events.push(e);
          onEvent?.(e);
          for (const w of [...waiters]) {
            if (!taken.has(e) && w.match(e)) {
              taken.add(e);
              waiters.splice(waiters.indexOf(w), 1);
              w.resolve(e);
            }
          }
        }
      });
    });
    req.on('error', reject);
    req.end();
  });
  status.catch(() => undefined);
  return {
    events,
    status,
    next(match = () => true, timeoutMs = 5000) {
      const ready = events.find((e) => !taken.has(e) && match(e));
      if (ready) {
        taken.add(ready);
        return Promise.resolve(ready);
      }
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching SSE event within ${timeoutMs} ms (${events.length} received)`)), timeoutMs);
        waiters.push({
          match,
          resolve: (e) => {
            clearTimeout(timer);
            resolve(e);
          },
        });
      });
    },
    close() {
      req.destroy();
    },
  };
}
