import { sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import { Logger, type Runner, run, runMigrations, runOnce, type Task, type TaskList } from 'graphile-worker';
import type { Pool } from 'pg';
import type { DbOrTx } from '../../db/client';

/**
 * The durable job queue: graphile-worker, in its own `graphile_worker` schema of the store's database.
 * Jobs are added with SQL (`graphile_worker.add_job`) through the caller's transaction, so a job exists if
 * and only if the change that causes it committed; workers in any number of API processes take them with
 * row locks (each job runs once at a time), retry failures with exponential back-off and keep jobs that ran
 * out of attempts for inspection.
 */

/** Installs or upgrades the queue's schema (idempotent; part of the database migrations). */
export async function installJobQueue(pool: Pool): Promise<void> {
  await runMigrations({ pgPool: pool, logger: silentLogger });
}

/** Adds a job inside the caller's transaction. `jobKey` replaces a pending job with the same key. */
export async function enqueueJob(
  db: DbOrTx,
  task: string,
  payload: Record<string, unknown>,
  options: { maxAttempts?: number; jobKey?: string; runAt?: Date } = {},
): Promise<void> {
  await db.execute(sql`select graphile_worker.add_job(
    ${task},
    ${JSON.stringify(payload)}::json,
    max_attempts => ${options.maxAttempts ?? 25}::int,
    job_key => ${options.jobKey ?? null}::text,
    run_at => ${options.runAt?.toISOString() ?? null}::timestamptz
  )`);
}

const silentLogger = new Logger(() => () => {});

function loggerFor(log: FastifyBaseLogger): Logger {
  return new Logger((scope) => (level, message, meta) => {
    const fields = { ...scope, ...meta };
    if (level === 'error') log.error(fields, message);
    else if (level === 'warning') log.warn(fields, message);
    else log.debug(fields, message);
  });
}

export type JobTasks = Record<string, Task>;

/** Runs the tasks while the API runs; `stop()` waits for jobs in progress. */
export async function startJobRunner(options: {
  pool: Pool;
  tasks: JobTasks;
  log: FastifyBaseLogger;
  concurrency?: number;
  /** Recurring jobs, in graphile-worker's crontab format; each runs once per schedule across all processes. */
  crontab?: string;
}): Promise<{ stop(): Promise<void> }> {
  const runner: Runner = await run({
    ...(options.crontab ? { crontab: options.crontab } : {}),
    pgPool: options.pool,
    taskList: options.tasks as TaskList,
    concurrency: options.concurrency ?? 2,
    noHandleSignals: true,
    pollInterval: 2_000,
    logger: loggerFor(options.log),
  });
  return { stop: () => runner.stop() };
}

/** Runs every job that is due now, then returns (tests and one-off scripts). */
export async function runDueJobs(pool: Pool, tasks: JobTasks): Promise<void> {
  await runOnce({ pgPool: pool, taskList: tasks as TaskList, logger: silentLogger });
}
