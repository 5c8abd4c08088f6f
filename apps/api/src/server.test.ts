import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runServer } from '../test/run-server';
import { createTestDatabase, type TestDatabase } from '../test/test-database';
import { findFreePort } from './db/embedded';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.drop());

describe('server process', () => {
  it('refuses to start with invalid configuration, naming the variable', async () => {
    const server = runServer({ PORT: 'eighty', DATABASE_URL: database.url });
    expect(await server.exited).toBe(1);
    expect(server.output()).toMatch(/PORT: /);
    expect(server.output()).not.toMatch(/at .*\.ts:\d+/);
  });

  it('migrates, serves, and shuts down cleanly on SIGTERM after finishing in-flight work', async () => {
    const port = await findFreePort();
    const server = runServer({
      PORT: String(port),
      DATABASE_URL: database.url,
      OWNER_EMAIL: 'o@example.test',
      OWNER_PASSWORD: 'long-enough-password',
    });
    let ready = false;
    for (let attempt = 0; attempt < 100 && !ready; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      ready = await fetch(`http://127.0.0.1:${port}/health/ready`).then(
        (response) => response.ok,
        () => false,
      );
    }
    expect(ready, server.output()).toBe(true);
    // A sign-in (an argon2 verification, tens of milliseconds) is in flight when SIGTERM arrives: it must
    // still complete, then the process exits cleanly.
    const login = fetch(`http://127.0.0.1:${port}/admin/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'o@example.test', password: 'long-enough-password' }),
    });
    // Signal once the server has logged the request (a connection whose request is not read yet counts as
    // idle and is closed, as in any Node server; load balancers stop routing before they signal).
    for (
      let attempt = 0;
      attempt < 200 && !server.output().includes('"url":"/admin/auth/login"');
      attempt++
    ) {
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    server.child.kill('SIGTERM');
    expect((await login).status).toBe(200);
    expect(await server.exited).toBe(0);
    const afterwards = await fetch(`http://127.0.0.1:${port}/health/live`).then(
      (response) => response.status,
      () => 'refused',
    );
    expect(afterwards).toBe('refused');
    expect(server.output()).toContain('shutting down');
  });

  it('without DATABASE_URL runs its own PostgreSQL, seeds once, keeps the data and stops it on SIGINT', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'comptoir-start-'));
    // As root, PostgreSQL runs as the `postgres` user, which must be able to enter the folder.
    chmodSync(dataDir, 0o755);
    try {
      const boot = async () => {
        const port = await findFreePort();
        const server = runServer(
          {
            PORT: String(port),
            DATA_DIR: dataDir,
            SERVE_APPS: 'false',
            LOG_LEVEL: 'warn',
            DEMO_ORDERS: '20',
          },
          'src/start.ts',
        );
        for (let attempt = 0; attempt < 900 && !server.output().includes('Press Ctrl+C'); attempt++) {
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        expect(server.output()).toContain('embedded PostgreSQL');
        const settings = (await (await fetch(`http://127.0.0.1:${port}/store/settings`)).json()) as {
          name: string;
        };
        server.child.kill('SIGINT');
        expect(await server.exited).toBe(0);
        return { output: server.output(), settings };
      };
      const first = await boot();
      expect(first.output).toContain('First run: seeded the demo store');
      expect(first.settings.name).not.toBe('My Comptoir store');
      // PostgreSQL removes its pid file when it shuts down cleanly.
      expect(existsSync(join(dataDir, 'postgres/cluster/postmaster.pid'))).toBe(false);

      const second = await boot();
      expect(second.output).not.toContain('First run');
      expect(second.settings).toEqual(first.settings);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 200_000);
});
