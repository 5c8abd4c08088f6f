import type { FastifyInstance, onSendHookHandler } from 'fastify';
import fp from 'fastify-plugin';
import { diffChanges, recordAudit, redact } from '../modules/audit';
import { appendRouteHook } from './route-hooks';

const mutating = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

declare module 'fastify' {
  interface FastifyContextConfig {
    /** `false` on admin POSTs that change nothing (previews): they are not recorded in the audit log. */
    audit?: boolean;
  }
  interface FastifyRequest {
    /** Set by update routes: the resource before and after, recorded field by field in the audit log. */
    auditChanges: { before: object; after: object } | null;
  }
}

/**
 * Records every successful Admin API mutation made by an employee or an API key, before the response
 * leaves: a caller who saw success can rely on the entry existing.
 */
export const auditPlugin = fp(
  async (app: FastifyInstance) => {
    app.decorateRequest('auditChanges', null);
    const record: onSendHookHandler = async (request, reply, payload) => {
      const actor = request.actor;
      // A replayed idempotent response did nothing new: the first one was recorded.
      if (!actor || reply.statusCode >= 400 || reply.getHeader('idempotent-replayed')) return payload;
      const params = request.params as Record<string, unknown> | undefined;
      await recordAudit(app.db, {
        actorKind: actor.kind,
        actorId: actor.id,
        actorLabel: actor.label,
        action: request.routeOptions.schema?.operationId ?? `${request.method} ${request.routeOptions.url}`,
        method: request.method,
        path: request.url.split('?')[0] ?? request.url,
        targetId: typeof params?.id === 'string' ? params.id : null,
        summary: (redact(request.body ?? {}) as Record<string, unknown>) ?? {},
        changes: request.auditChanges
          ? diffChanges(request.auditChanges.before, request.auditChanges.after)
          : null,
        requestId: String(request.id),
      });
      return payload;
    };

    app.addHook('onRoute', (route) => {
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      const isAdmin = route.url === '/admin' || route.url.startsWith('/admin/');
      if (route.config?.audit === false) return;
      if (isAdmin && methods.some((method) => mutating.has(method))) appendRouteHook(route, 'onSend', record);
    });
  },
  { name: 'audit', dependencies: ['db', 'admin-auth'] },
);
