import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * Once the server is closing, every response carries `Connection: close`, so keep-alive clients let go of
 * their sockets after the request in flight; otherwise `close()` waits for idle keep-alive connections
 * until the drain timeout.
 */
export const gracefulClosePlugin = fp(
  async (app: FastifyInstance) => {
    let closing = false;
    app.addHook('preClose', (done) => {
      closing = true;
      done();
    });
    app.addHook('onSend', (_request, reply, payload, done) => {
      if (closing) reply.header('connection', 'close');
      done(null, payload);
    });
  },
  { name: 'graceful-close' },
);

/**
 * Closes a server: stops accepting connections and waits for requests in flight, but no longer than
 * `drainMs`, after which the remaining connections are cut so the process can still exit cleanly.
 */
export async function closeWithin(app: FastifyInstance, drainMs: number): Promise<void> {
  const timer = setTimeout(() => app.server.closeAllConnections(), drainMs);
  try {
    await app.close();
  } finally {
    clearTimeout(timer);
  }
}
