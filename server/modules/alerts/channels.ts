/**
 * Outbound channels beside the browser, behind one interface so a deployment plugs its own provider: e-mail over
 * SMTP (nodemailer) and SMS through an HTTP gateway. Configured by SMTP_URL / MAIL_FROM and SMS_GATEWAY_URL /
 * SMS_GATEWAY_TOKEN; a channel left unconfigured is simply absent.
 */
import nodemailer from 'nodemailer';
import type { Config } from '../../config';

export type ChannelName = 'email' | 'sms';

export interface OutboundMessage {
  to: string;
  subject: string;
  text: string;
}

export interface OutboundChannel {
  name: ChannelName;
  send(message: OutboundMessage): Promise<void>;
}

export function smtpChannel(url: string, from: string): OutboundChannel {
  const transport = nodemailer.createTransport(url);
  return {
    name: 'email',
    async send(m) {
      await transport.sendMail({ from, to: m.to, subject: m.subject, text: m.text });
    },
  };
}

/**
 * The gateway receives `POST {to, text}` as JSON with a bearer token and answers 2xx when it accepted the message.
 * SMS is short: the subject alone (≤ 160 characters) goes out, the detail is in the app.
 */
export function httpSmsChannel(url: string, token: string | undefined, timeoutMs = 10_000): OutboundChannel {
  return {
    name: 'sms',
    async send(m) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ to: m.to, text: m.subject.slice(0, 160) }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (!response.ok) throw new Error(`SMS gateway answered ${response.status}`);
    },
  };
}

export function channelsFrom(config: Config): Map<ChannelName, OutboundChannel> {
  const channels = new Map<ChannelName, OutboundChannel>();
  if (config.alerts.smtpUrl) channels.set('email', smtpChannel(config.alerts.smtpUrl, config.alerts.mailFrom));
  if (config.alerts.smsGatewayUrl) channels.set('sms', httpSmsChannel(config.alerts.smsGatewayUrl, config.alerts.smsGatewayToken));
  return channels;
}
