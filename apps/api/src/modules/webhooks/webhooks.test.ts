import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../../test/build-test-app';
import { signInEmployee } from '../../../test/factories';
import { purgeWebhookEvents } from '.';

// Private networks refused (the default): the guard is what these tests are about; nothing is delivered here.
let ctx: TestContext;
let owner: { authorization: string };

beforeAll(async () => {
  ctx = await buildTestApp();
  owner = (await signInEmployee(ctx.app, ctx.database.db, 'owner')).headers;
});
afterAll(async () => ctx.close());

interface Endpoint {
  id: string;
  url: string;
  description: string | null;
  events: string[];
  active: boolean;
  secretHint: string;
  version: number;
  lastDelivery: { status: string; at: string } | null;
  secret?: string;
}

const inject = (
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  payload?: object,
  headers = owner,
) => ctx.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });

// A public address (TEST-NET-3 is reserved for documentation, but not private: the guard lets it through).
const publicUrl = 'http://203.0.113.10/hooks';

describe('webhook endpoints', () => {
  it('shows the secret once, keeps it sealed, and shows only its hint afterwards', async () => {
    const created = await inject('POST', '/admin/webhooks', {
      url: publicUrl,
      description: 'ERP',
      events: ['order.created', 'order.paid', 'order.created'],
    });
    expect(created.statusCode, created.body).toBe(201);
    const endpoint = created.json<Endpoint>();
    expect(endpoint).toMatchObject({
      url: publicUrl,
      description: 'ERP',
      events: ['order.created', 'order.paid'],
      active: true,
      version: 1,
      lastDelivery: null,
    });
    expect(endpoint.secret).toMatch(/^whsec_[A-Za-z0-9_-]{32}$/);
    const secret = endpoint.secret ?? '';
    expect(endpoint.secretHint).toBe(`whsec_…${secret.slice(-4)}`);

    const one = await inject('GET', `/admin/webhooks/${endpoint.id}`);
    expect(one.statusCode).toBe(200);
    expect(one.json()).not.toHaveProperty('secret');
    expect(one.body).not.toContain(secret);
    const list = await inject('GET', '/admin/webhooks');
    expect(list.json<{ items: Endpoint[] }>().items.map((item) => item.id)).toContain(endpoint.id);
    expect(list.body).not.toContain(secret);
    const stored = await ctx.database.pool.query('select * from webhook_endpoints');
    expect(JSON.stringify(stored.rows)).not.toContain(secret.slice(6));
    const audit = await ctx.database.pool.query('select summary from audit_log');
    expect(JSON.stringify(audit.rows)).not.toContain(secret.slice(6));

    expect((await inject('GET', '/admin/webhooks/whk_nope')).statusCode).toBe(404);
  });

  it('refuses URLs that are not http(s) or point inside the network (422)', async () => {
    for (const url of [
      'ftp://203.0.113.10/hooks',
      'http://127.0.0.1:8080/hooks',
      'http://169.254.169.254/latest/meta-data/',
      'http://[::1]/',
      'http://[::ffff:127.0.0.1]/',
      'http://10.1.2.3/',
      'http://192.168.1.20/',
      'http://172.20.0.1/',
      'http://100.64.0.1/',
      'http://0.0.0.0/',
      'http://[fd00::1]/',
      'http://localhost:3000/hooks',
      'http://user:pass@203.0.113.10/',
    ]) {
      const response = await inject('POST', '/admin/webhooks', { url, events: ['order.created'] });
      expect(response.statusCode, url).toBe(422);
      const problem = response.json<{ code: string; detail: string; errors: { path: string }[] }>();
      expect(problem.code).toBe('webhook_url_not_allowed');
      expect(problem.errors[0]?.path).toBe('url');
    }
    const localhost = await inject('POST', '/admin/webhooks', {
      url: 'http://localhost/',
      events: ['order.created'],
    });
    expect(localhost.json<{ detail: string }>().detail).toMatch(/localhost resolves to .*internal address/);
    const metadata = await inject('POST', '/admin/webhooks', {
      url: 'http://169.254.169.254/',
      events: ['order.created'],
    });
    expect(metadata.json<{ detail: string }>().detail).toContain('private, loopback or otherwise internal');
    const count = await ctx.database.pool.query(
      "select count(*)::int as n from webhook_endpoints where url like '%169.254%'",
    );
    expect(count.rows[0].n).toBe(0);
  });

  it('validates the body: events known and subscribable, at least one, strict', async () => {
    for (const payload of [
      { url: publicUrl, events: [] },
      { url: publicUrl, events: ['order.shipped'] },
      { url: publicUrl, events: ['webhook.ping'] },
      { url: publicUrl, events: ['order.created'], secret: 'mine' },
    ]) {
      expect((await inject('POST', '/admin/webhooks', payload)).statusCode).toBe(400);
    }
  });

  it('changes an endpoint at the version read (409 otherwise), re-checking a new URL, audited', async () => {
    const { id } = (
      await inject('POST', '/admin/webhooks', { url: publicUrl, events: ['product.created'] })
    ).json<Endpoint>();
    const changed = await inject('PATCH', `/admin/webhooks/${id}`, {
      version: 1,
      events: ['product.created', 'product.deleted'],
      active: false,
      description: 'PIM',
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json<Endpoint>()).toMatchObject({
      version: 2,
      active: false,
      description: 'PIM',
      events: ['product.created', 'product.deleted'],
    });
    const stale = await inject('PATCH', `/admin/webhooks/${id}`, { version: 1, active: true });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<{ code: string }>().code).toBe('version_conflict');
    const inside = await inject('PATCH', `/admin/webhooks/${id}`, { version: 2, url: 'http://127.0.0.1/' });
    expect(inside.statusCode).toBe(422);
    expect((await inject('PATCH', '/admin/webhooks/whk_nope', { version: 1 })).statusCode).toBe(404);

    const audit = await ctx.database.pool.query(
      "select changes from audit_log where action = 'adminUpdateWebhook' and target_id = $1",
      [id],
    );
    expect(audit.rows[0]?.changes).toMatchObject({ active: { from: true, to: false } });
  });

  it('rotates the secret, pings, lists and deletes (deliveries go too)', async () => {
    const created = (
      await inject('POST', '/admin/webhooks', { url: publicUrl, events: ['customer.created'] })
    ).json<Endpoint>();
    const rotated = await inject('POST', `/admin/webhooks/${created.id}/rotate-secret`);
    expect(rotated.statusCode).toBe(200);
    const { secret, previousSecretExpiresAt } = rotated.json<{
      secret: string;
      previousSecretExpiresAt: string;
    }>();
    expect(secret).not.toBe(created.secret);
    expect(new Date(previousSecretExpiresAt).getTime() - Date.now()).toBeGreaterThan(23.9 * 3600_000);
    const after = (await inject('GET', `/admin/webhooks/${created.id}`)).json<Endpoint>();
    expect(after.secretHint).toBe(`whsec_…${secret.slice(-4)}`);
    expect(after.version).toBe(2);

    const ping = await inject('POST', `/admin/webhooks/${created.id}/ping`);
    expect(ping.statusCode).toBe(202);
    const { deliveryId } = ping.json<{ deliveryId: string }>();
    expect(deliveryId).toMatch(/^whd_/);
    const deliveries = await inject('GET', `/admin/webhooks/${created.id}/deliveries`);
    expect(deliveries.json()).toMatchObject({
      items: [{ id: deliveryId, eventType: 'webhook.ping', status: 'pending', attempts: 0 }],
      nextCursor: null,
    });
    expect((await inject('GET', `/admin/webhooks/${created.id}/deliveries?status=succeeded`)).json()).toEqual(
      { items: [], nextCursor: null },
    );
    const detail = await inject('GET', `/admin/webhooks/deliveries/${deliveryId}`);
    expect(detail.json()).toMatchObject({ id: deliveryId, endpointId: created.id, attemptLog: [] });
    expect((await inject('GET', `/admin/webhooks/${created.id}`)).json<Endpoint>().lastDelivery?.status).toBe(
      'pending',
    );
    const job = await ctx.database.pool.query(
      'select task_identifier from graphile_worker.jobs where key = $1',
      [`webhook:${deliveryId}`],
    );
    expect(job.rows).toEqual([{ task_identifier: 'deliver_webhook' }]);

    expect((await inject('DELETE', `/admin/webhooks/${created.id}`)).statusCode).toBe(204);
    expect((await inject('GET', `/admin/webhooks/${created.id}`)).statusCode).toBe(404);
    expect((await inject('GET', `/admin/webhooks/deliveries/${deliveryId}`)).statusCode).toBe(404);
    expect((await inject('DELETE', `/admin/webhooks/${created.id}`)).statusCode).toBe(404);
  });

  it('pages deliveries newest first with a cursor', async () => {
    const { id } = (
      await inject('POST', '/admin/webhooks', { url: publicUrl, events: ['order.created'] })
    ).json<Endpoint>();
    const ids: string[] = [];
    for (let i = 0; i < 3; i++)
      ids.push(
        (await inject('POST', `/admin/webhooks/${id}/ping`)).json<{ deliveryId: string }>().deliveryId,
      );
    const first = (await inject('GET', `/admin/webhooks/${id}/deliveries?limit=2`)).json<{
      items: { id: string }[];
      nextCursor: string | null;
    }>();
    expect(first.items.map((item) => item.id)).toEqual([ids[2], ids[1]]);
    expect(first.nextCursor).not.toBeNull();
    const second = (
      await inject('GET', `/admin/webhooks/${id}/deliveries?limit=2&cursor=${first.nextCursor}`)
    ).json<{ items: { id: string }[]; nextCursor: string | null }>();
    expect(second).toEqual({ items: [expect.objectContaining({ id: ids[0] })], nextCursor: null });
  });

  it('purges events past the retention once their deliveries are settled', async () => {
    const { id } = (
      await inject('POST', '/admin/webhooks', { url: publicUrl, events: ['order.created'] })
    ).json<Endpoint>();
    const settled = (await inject('POST', `/admin/webhooks/${id}/ping`)).json<{ deliveryId: string }>();
    const waiting = (await inject('POST', `/admin/webhooks/${id}/ping`)).json<{ deliveryId: string }>();
    await ctx.database.pool.query(
      "update webhook_events set created_at = now() - interval '31 days' where id in (select event_id from webhook_deliveries where id = any($1))",
      [[settled.deliveryId, waiting.deliveryId]],
    );
    await ctx.database.pool.query("update webhook_deliveries set status = 'failed' where id = $1", [
      settled.deliveryId,
    ]);
    expect(await purgeWebhookEvents(ctx.database.db)).toBe(1);
    expect((await inject('GET', `/admin/webhooks/deliveries/${settled.deliveryId}`)).statusCode).toBe(404);
    expect((await inject('GET', `/admin/webhooks/deliveries/${waiting.deliveryId}`)).statusCode).toBe(200);
  });

  it('lists the event types, ping included', async () => {
    const response = await inject('GET', '/admin/webhooks/event-types');
    const types = response.json<{ items: { type: string; description: string }[] }>().items;
    expect(types.map((item) => item.type)).toEqual([
      'order.created',
      'order.paid',
      'order.fulfilled',
      'order.cancelled',
      'order.refunded',
      'product.created',
      'product.updated',
      'product.deleted',
      'inventory.low',
      'customer.created',
      'return.requested',
      'webhook.ping',
    ]);
  });

  it('needs integrations:manage', async () => {
    const manager = (await signInEmployee(ctx.app, ctx.database.db, 'order_manager')).headers;
    for (const [method, url] of [
      ['GET', '/admin/webhooks'],
      ['POST', '/admin/webhooks'],
      ['GET', '/admin/webhooks/event-types'],
      ['POST', '/admin/webhooks/whk_x/rotate-secret'],
      ['GET', '/admin/webhooks/deliveries/whd_x'],
    ] as const) {
      const response = await inject(
        method,
        url,
        method === 'POST' ? { url: publicUrl, events: ['order.paid'] } : undefined,
        manager,
      );
      expect(response.statusCode, `${method} ${url}`).toBe(403);
    }
    expect((await ctx.app.inject({ method: 'GET', url: '/admin/webhooks' })).statusCode).toBe(401);
  });
});
