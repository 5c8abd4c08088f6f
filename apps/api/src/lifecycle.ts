import type { Logger } from 'pino';
import { type AppConfig, ConfigError, loadConfig } from './config';

/** Reads the configuration or exits with a message naming the bad variables. */
export function loadConfigOrExit(defaults: Record<string, string> = {}): AppConfig {
  try {
    return loadConfig({ ...defaults, ...process.env });
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

/**
 * Runs `close` once on SIGINT/SIGTERM/SIGHUP (a second signal forces exit), and exits non-zero if closing takes
 * longer than `timeoutMs`.
 */
export function closeOnSignals(logger: Logger, close: () => Promise<void>, timeoutMs = 15_000): void {
  let closing = false;
  const handler = (signal: NodeJS.Signals) => {
    if (closing) {
      logger.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    closing = true;
    logger.info({ signal }, 'shutting down');
    const timer = setTimeout(() => {
      logger.error('shutdown timed out');
      process.exit(1);
    }, timeoutMs);
    timer.unref();
    close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'error during shutdown');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  // A closed terminal must not leave an embedded PostgreSQL behind.
  process.on('SIGHUP', handler);
}

export function describeListenError(error: unknown, port: number, variable: string): string {
  if (error && typeof error === 'object' && 'code' in error && error.code === 'EADDRINUSE') {
    return `Port ${port} is already in use. Stop what uses it or set ${variable} to another port.`;
  }
  return error instanceof Error ? error.message : String(error);
}
