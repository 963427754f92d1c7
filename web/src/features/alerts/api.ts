/** Alerts as the web app reads them: shapes are the server's zod schemas, taken as types only. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { TAlertDelivery, ZAlertAck, ZAlertList, ZOpenAlertList } from '@core/schemas/alerts';
import { api } from '../../lib/api';

export type AlertDelivery = TAlertDelivery;
export type AlertList = z.output<typeof ZAlertList>;
export type OpenAlerts = z.output<typeof ZOpenAlertList>;

export const ALERTS_KEY = ['alerts'] as const;

export function useMyAlerts() {
  return useQuery({ queryKey: [...ALERTS_KEY, 'mine'], queryFn: () => api.get<AlertList>('/api/alerts', { limit: 50 }) });
}

export function useOpenAlerts(enabled: boolean) {
  return useQuery({ queryKey: [...ALERTS_KEY, 'open'], queryFn: () => api.get<OpenAlerts>('/api/alerts/open'), enabled, refetchInterval: 30_000 });
}

export function useAcknowledge() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (alertId: number) => api.post<z.output<typeof ZAlertAck>>(`/api/alerts/${alertId}/ack`, {}),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ALERTS_KEY }),
  });
}

/** A short two-tone beep through Web Audio: no sound file to ship, and it works offline on the office LAN. */
export function beep(): void {
  const Ctx = typeof window === 'undefined' ? undefined : window.AudioContext;
  if (!Ctx) return;
  const ctx = new Ctx();
  const gain = ctx.createGain();
  gain.gain.value = 0.15;
  gain.connect(ctx.destination);
  [880, 660].forEach((hz, i) => {
    const o = ctx.createOscillator();
    o.type = 'square';
    o.frequency.value = hz;
    o.connect(gain);
    o.start(ctx.currentTime + i * 0.25);
    o.stop(ctx.currentTime + i * 0.25 + 0.22);
    if (i === 1) o.onended = () => void ctx.close();
  });
}
