import type { FastifyReply, FastifyRequest } from 'fastify';

/** The httpOnly, SameSite=Strict cookie carrying a refresh token, scoped to one auth path. */
export interface RefreshCookie {
  set(reply: FastifyReply, token: string, expiresAt: Date): void;
  clear(reply: FastifyReply): void;
  read(request: FastifyRequest): string | undefined;
}

export function refreshCookie(name: string, path: string, secure: boolean): RefreshCookie {
  const options = { path, httpOnly: true, sameSite: 'strict' as const, secure };
  return {
    set: (reply, token, expiresAt) => {
      reply.setCookie(name, token, { ...options, expires: expiresAt });
    },
    clear: (reply) => {
      reply.clearCookie(name, options);
    },
    read: (request) => request.cookies[name] || undefined,
  };
}
