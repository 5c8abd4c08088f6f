import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../../test/build-test-app';
import { signInEmployee } from '../../../test/factories';

let ctx: TestContext;

beforeAll(async () => {
  ctx = await buildTestApp();
});
afterAll(async () => ctx.close());

describe('audit log', () => {
  it('records who changed what (secrets redacted), for employees and API keys, and not failed or read calls', async () => {
    const owner = await signInEmployee(ctx.app, ctx.database.db, 'owner');
    await ctx.app.inject({
      method: 'PATCH',
      url: '/admin/settings',
      headers: owner.headers,
      payload: { name: 'Audited' },
    });
    await ctx.app.inject({
      method: 'PATCH',
      url: '/admin/settings',
      headers: owner.headers,
      payload: { name: '' },
    });
    await ctx.app.inject({ method: 'GET', url: '/admin/settings', headers: owner.headers });
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/admin/employees',
      headers: owner.headers,
      payload: {
        email: 'new@example.test',
        firstName: 'N',
        lastName: 'E',
        role: 'analyst',
        password: 'temporary passphrase',
      },
    });
    const key = await ctx.app.inject({
      method: 'POST',
      url: '/admin/api-keys',
      headers: owner.headers,
      payload: { name: 'Settings bot', permissions: ['settings:write', 'employees:manage'] },
    });
    await ctx.app.inject({
      method: 'PATCH',
      url: '/admin/settings',
      headers: { authorization: `Bearer ${key.json().secret}` },
      payload: { timezone: 'Europe/Berlin' },
    });

    const log = await ctx.app.inject({
      method: 'GET',
      url: '/admin/audit-log?limit=100',
      headers: owner.headers,
    });
    expect(log.statusCode).toBe(200);
    const items = log.json().items as {
      action: string;
      actorKind: string;
      actorLabel: string;
      summary: object;
      targetId: string | null;
      changes: object | null;
    }[];
    expect(items.map((item) => item.action)).toEqual([
      'adminUpdateSettings',
      'adminCreateApiKey',
      'adminCreateEmployee',
      'adminUpdateSettings',
    ]);
    expect(items[0]).toMatchObject({
      actorKind: 'api_key',
      actorLabel: 'Settings bot',
      summary: { timezone: 'Europe/Berlin' },
    });
    expect(items[2]?.summary).toMatchObject({ email: 'new@example.test', password: '[redacted]' });
    expect(items[3]).toMatchObject({ changes: { name: { from: 'My Comptoir store', to: 'Audited' } } });
    expect(items[0]).toMatchObject({ changes: { timezone: { from: 'Europe/Paris', to: 'Europe/Berlin' } } });
    expect(Object.keys(items[0]?.changes ?? {})).toEqual(['timezone']);
    expect(items[2]).toMatchObject({ changes: null });
    expect(JSON.stringify(items)).not.toContain('temporary passphrase');
    expect(created.statusCode).toBe(201);

    const filtered = await ctx.app.inject({
      method: 'GET',
      url: '/admin/audit-log?action=employee',
      headers: owner.headers,
    });
    expect(filtered.json().items).toHaveLength(1);
  });
});
