/**
 * Production entry: configuration → database (DATABASE_URL or embedded) → migrations → API → listen.
 * SIGINT/SIGTERM stop accepting connections, let in-flight requests finish, then close the pool.
 */
import { closeOnSignals, describeListenError, loadConfigOrExit } from './lifecycle';
import { createLogger } from './logger';
import { startRuntime } from './runtime';

const config = loadConfigOrExit();
const logger = createLogger(config);

try {
  const runtime = await startRuntime(config, logger);
  closeOnSignals(logger, runtime.close);
  try {
    await runtime.app.listen({ host: config.host, port: config.port });
  } catch (error) {
    logger.fatal(describeListenError(error, config.port, 'PORT'));
    await runtime.close();
    process.exit(1);
  }
} catch (error) {
  logger.fatal({ err: error }, 'failed to start');
  process.exit(1);
}
