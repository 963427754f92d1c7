/** Outbound channels against local stand-ins: an SMTP sink (smtp-server) and a fake SMS gateway (node:http). */
import { createServer, type Server } from 'node:http';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemMeta } from '../../platform/context';
import { createTestContext, type TestContext } from '../../test/support';
import { raiseAlert } from './alerts.service';
import { httpSmsChannel } from './channels';

const mails: { to: string; raw: string }[] = [];
const sms: { to: string; text: string; auth: string | undefined }[] = [];
let smtp: SMTPServer;
let gateway: Server;
let failGateway = false;
let ctx: TestContext;

const listen = (server: { listen(port: number, host: string, cb: () => void): unknown; address?: () => unknown }, s: Server | SMTPServer): Promise<number> =>
  new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = (s as Server).address?.() ?? (s as unknown as { server: Server }).server.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    });
  });

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (b: Buffer) => (raw += b.toString()));
      stream.on('end', () => {
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), raw });
        callback();
      });
    },
  });
  gateway = createServer((req, res) => {
    let body = '';
    req.on('data', (b: Buffer) => (body += b.toString()));
    req.on('end', () => {
      if (failGateway) return void res.writeHead(503).end();
      sms.push({ ...(JSON.parse(body) as { to: string; text: string }), auth: req.headers.authorization });
      res.writeHead(202, { 'content-type': 'application/json' }).end('{"accepted":true}');
    });
  });
  const smtpPort = await listen(smtp, smtp);
  const gatewayPort = await listen(gateway, gateway);
  process.env.SMTP_URL = `smtp://127.0.0.1:${smtpPort}`;
  process.env.SMS_GATEWAY_URL = `http://127.0.0.1:${gatewayPort}/send`;
  process.env.SMS_GATEWAY_TOKEN = 'bi-mat';
  ctx = await createTestContext();
});
afterAll(async () => {
  await ctx?.close();
  await new Promise<void>((r) => smtp.close(() => r()));
  await new Promise<void>((r) => gateway.close(() => r()));
});

describe('outbound channels', () => {
  it('sends an alert by SMS and e-mail to every recipient who must acknowledge, and keeps the trail', async () => {
    const police = await ctx.db.kysely.selectFrom('accounts').select(['id', 'officer_id']).where('username', '=', 'congan').executeTakeFirstOrThrow();
    await ctx.db.kysely.updateTable('officers').set({ email: 'khoa.vd@congan.example' }).where('id', '=', police.officer_id as number).execute();
    const ca = await ctx.db.kysely.selectFrom('units').select('id').where('code', '=', 'BN-TP-CA').executeTakeFirstOrThrow();
    const { alertId } = await ctx.db.transaction((tx) =>
      raiseAlert(tx, ctx.db, systemMeta('test'), {
        kind: 'test', urgent: true, title: 'Đoàn 30 người phường Vũ Ninh tại Trụ sở TCD tỉnh', body: 'Đề nghị Công an thành phố nắm tình hình.',
        unitId: ca.id, targets: [{ unitId: ca.id, role: 'police_liaison', mustAck: true }], ackSeconds: null, escalation: [], channels: ['sms', 'email'], createdBy: null,
      }),
    );
    await ctx.app.alerts.jobs.runDue();
    expect(sms).toEqual([{ to: '+84918100207', text: '[tiepdan] Đoàn 30 người phường Vũ Ninh tại Trụ sở TCD tỉnh', auth: 'Bearer bi-mat' }]);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.to).toBe('khoa.vd@congan.example');
    expect(mails[0]?.raw).toContain('Subject: =?UTF-8?');
    const trail = await ctx.db.kysely.selectFrom('alert_messages').select(['channel', 'address', 'status']).where('alert_id', '=', alertId).orderBy('channel').execute();
    expect(trail).toEqual([
      { channel: 'email', address: 'khoa.vd@congan.example', status: 'sent' },
      { channel: 'sms', address: '+84918100207', status: 'sent' },
    ]);
  });

  it('a gateway that refuses makes the job retry later, not vanish', async () => {
    failGateway = true;
    await expect(httpSmsChannel(process.env.SMS_GATEWAY_URL as string, undefined).send({ to: '+84900000000', subject: 'x', text: 'x' })).rejects.toThrow('503');
    const ca = await ctx.db.kysely.selectFrom('units').select('id').where('code', '=', 'BN-TP-CA').executeTakeFirstOrThrow();
    await ctx.db.transaction((tx) =>
      raiseAlert(tx, ctx.db, systemMeta('test'), {
        kind: 'test', urgent: true, title: 'Thử lại', body: 'x', unitId: ca.id, targets: [{ unitId: ca.id, role: 'police_liaison', mustAck: true }],
        ackSeconds: null, escalation: [], channels: ['sms'], createdBy: null,
      }),
    );
    await ctx.app.alerts.jobs.runDue();
    const job = await ctx.db.kysely.selectFrom('jobs').select(['attempts', 'done_at', 'last_error']).where('kind', '=', 'alert.message').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(job).toMatchObject({ attempts: 1, done_at: null });
    expect(job.last_error).toContain('503');
    failGateway = false;
  });
});
