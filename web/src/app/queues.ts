/**
 * The signed-in user's work queues (GET /api/queues: counts in his scope and by his permissions), for the menu and
 * the home page. Read again on every navigation, so a letter just classified leaves its queue's count at once.
 */
import { useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useLocation } from 'react-router';
import type { z } from 'zod';
import type { ZQueues } from '@core/schemas/queues';
import { api } from '../lib/api';
import { queuePath } from './nav';

export type Queue = z.output<typeof ZQueues>['items'][number] & { path: string };

export function useQueues(): Queue[] {
  const location = useLocation();
  const queues = useQuery({
    queryKey: ['queues'],
    queryFn: ({ signal }) => api.get<z.output<typeof ZQueues>>('/api/queues', undefined, signal),
    select: (d) => d.items.flatMap((q) => {
      const path = queuePath(q.list);
      return path ? [{ ...q, path }] : [];
    }),
  });
  const { refetch } = queues;
  useEffect(() => {
    // Shell and home page both ask: one request, not one cancelling the other.
    void refetch({ cancelRefetch: false });
  }, [location.key, refetch]);
  return queues.data ?? [];
}
