import type { FastifyBaseLogger, FastifyInstance, FastifyReply, FastifyRequest, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Permission } from '@core/domain/org/roles';
import type { Db } from '../db/database';
import type { Config } from '../config';
import type { Actor, RequestMeta } from './context';
import { AppError } from './errors';
import type { Sealer } from './sealing';
import type { BlobStore } from './storage';

/**
 * Every /api route declares who may call it; a route without a declaration fails at start-up (default-deny).
 * 'public': anyone; 'session': any signed-in user; a permission: signed-in users whose active roles grant it.
 */
export type Access = 'public' | 'session' | Permission;

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    actor: Actor | null;
    csrfToken: string | null;
  }
}

export type Api = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** What a module's routes receive: the app to register on and the shared services. */
export interface ModuleDeps {
  db: Db;
  config: Config;
  /** Where files live (platform/storage.ts). */
  storage: BlobStore;
  /** Seals and unseals denouncers' identities (platform/sealing.ts). */
  sealer: Sealer;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The services the modules were given: for tests and the CLI to reach the same storage and keys. */
    deps: ModuleDeps;
  }
}

export function metaOf(request: FastifyRequest): RequestMeta {
  return {
    actorId: request.actor?.accountId ?? null,
    actorName: request.actor?.username ?? null,
    ip: request.ip ?? null,
    userAgent: request.headers['user-agent']?.slice(0, 500) ?? null,
    requestId: request.id,
  };
}

/** The signed-in actor; routes behind 'session' or a permission always have one. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('AUTH_REQUIRED');
  return request.actor;
}

export const noContent = (reply: FastifyReply) => reply.code(204).send();
