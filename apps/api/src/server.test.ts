import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test/test-database';
import { findFreePort } from './db/embedded';

const apiRoot = fileURLToPath(new URL('..', import.meta.url));
const tsx = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));

function runServer(env: Record<string, string>) {
  const child = spawn(tsx, ['src/server.ts'], {
    cwd: apiRoot,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += String(chunk);
  });
  child.stderr.on('data', (chunk) => {
    output += String(chunk);
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

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
    const login = await fetch(`http://127.0.0.1:${port}/admin/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'o@example.test', password: 'long-enough-password' }),
    });
    expect(login.status).toBe(200);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(server.output()).toContain('shutting down');
  });
});
