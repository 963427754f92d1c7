import { ZAlertAck, ZAlertAckBody, ZAlertList, ZAlertListQuery, ZOpenAlertList } from '@core/schemas/alerts';
import { ZIdParams } from '@core/schemas/common';
import type { Api, ModuleDeps } from '../../platform/http';
import { actorOf, metaOf } from '../../platform/http';
import * as alerts from './alerts.service';
import { channelsFrom, type ChannelName, type OutboundChannel } from './channels';
import { AlertHub } from './hub';
import { JobRunner } from './jobs';

const tags = ['Cảnh báo'];

/** A stream is closed after this long so an expired session stops receiving; the browser reconnects at once. */
const STREAM_MAX_MS = 30 * 60_000;
/** A browser opening without Last-Event-ID rings for what it has not acknowledged in this window. */
const PENDING_WINDOW_MS = 24 * 3600_000;

export interface AlertPlatform {
  hub: AlertHub;
  jobs: JobRunner;
  channels: Map<ChannelName, OutboundChannel>;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The alert platform of this instance: stream hub, durable job runner, outbound channels. */
    alerts: AlertPlatform;
  }
}

export function alertRoutes(app: Api, { db, config }: ModuleDeps): void {
  const channels = channelsFrom(config);
  const jobs = new JobRunner(db, (error, job) => app.log.warn({ err: error, job }, 'alerts: job failed'));
  alerts.registerAlertJobs(jobs, db, channels);
  const pg = db.engine === 'postgres' && config.databaseUrl ? { url: config.databaseUrl, schema: config.pgSchema } : null;
  const hub = new AlertHub(db, pg, app.log);
  app.decorate('alerts', { hub, jobs, channels });
  app.addHook('onReady', async () => {
    await hub.start();
    jobs.start(config.alerts.jobPollMs);
  });
  // Before the server stops accepting: open streams would otherwise keep it waiting for ever.
  app.addHook('preClose', async () => {
    await jobs.stop();
    await hub.stop();
  });

  app.get(
    '/api/alerts/stream',
    {
      config: { access: 'session' },
      schema: {
        tags,
        summary: 'Luồng cảnh báo thời gian thực (text/event-stream) gửi cho người đang đăng nhập; nối lại với Last-Event-ID thì nhận đủ những cảnh báo đã lỡ. Sự kiện «board» (không có id): bảng theo dõi trong phạm vi vừa thay đổi, hãy đọc lại',
        produces: ['text/event-stream'],
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const header = request.headers['last-event-id'];
      const fromHeader = typeof header === 'string' && /^\d{1,12}$/.test(header.trim()) ? Number(header.trim()) : null;
      // EventSource sends Last-Event-ID itself when it reconnects; a page opened afresh rings for what is unacknowledged.
      const resume = fromHeader;
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
        'x-request-id': request.id,
      });
      res.write('retry: 2000\n\n');
      const since = new Date(db.clock.nowMs() - PENDING_WINDOW_MS).toISOString();
      let detach: (() => void) | null = null;
      const maxAge = setTimeout(() => res.end(), STREAM_MAX_MS);
      const onClose = () => {
        clearTimeout(maxAge);
        detach?.();
      };
      request.raw.once('close', onClose);
      res.once('close', onClose);
      // Board changes name the units concerned; a browser hears of those its user's board shows (incidents.service scope).
      const board = actor.permissions.includes('incidents.read') ? (unitIds: number[]) => actor.scopeIsEverything || unitIds.some((u) => actor.scope.has(u)) : null;
      detach = await hub.attach(actor.accountId, res, resume, () => alerts.pendingFor(db.kysely, actor.accountId, since), board);
      if (res.destroyed) onClose();
    },
  );

  app.get(
    '/api/alerts',
    { config: { access: 'session' }, schema: { tags, summary: 'Trung tâm thông báo: các cảnh báo gửi cho tôi, mới nhất trước', querystring: ZAlertListQuery, response: { 200: ZAlertList } } },
    async (request) => alerts.listMine(db, actorOf(request), request.query),
  );

  app.post(
    '/api/alerts/:id/ack',
    { config: { access: 'session' }, schema: { tags, summary: 'Xác nhận đã nhận cảnh báo (dừng việc chuyển tiếp lên cấp trên)', params: ZIdParams, body: ZAlertAckBody, response: { 200: ZAlertAck } } },
    async (request) => alerts.acknowledge(db, actorOf(request), request.params.id, request.body.note, metaOf(request)),
  );

  app.get(
    '/api/alerts/open',
    { config: { access: 'incidents.read' }, schema: { tags, summary: 'Cảnh báo chưa được xác nhận trong phạm vi đơn vị (bảng theo dõi)', response: { 200: ZOpenAlertList } } },
    async (request) => ({ items: await alerts.openAlerts(db, actorOf(request)) }),
  );
}
