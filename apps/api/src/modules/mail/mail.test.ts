import { afterAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../../test/build-test-app';
import { registerCustomer, signInEmployee } from '../../../test/factories';

const contexts: TestContext[] = [];
afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
});

describe('mail outbox', () => {
  it('lets owners read what the store sent, with bodies only outside production', async () => {
    for (const env of ['test', 'production'] as const) {
      const ctx = await buildTestApp({ config: { env } });
      contexts.push(ctx);
      const customer = await registerCustomer(ctx.app);
      const owner = await signInEmployee(ctx.app, ctx.database.db, 'owner');
      const response = await ctx.app.inject({
        method: 'GET',
        url: '/admin/mail-outbox',
        headers: owner.headers,
      });
      expect(response.statusCode).toBe(200);
      const [mail] = response.json().items;
      expect(mail).toMatchObject({ to: customer.email, template: 'welcome', status: 'outbox' });
      if (env === 'test') expect(mail.text).toContain('Welcome to');
      else expect(mail.text).toBeNull();
      const analyst = await signInEmployee(ctx.app, ctx.database.db, 'analyst');
      expect(
        (await ctx.app.inject({ method: 'GET', url: '/admin/mail-outbox', headers: analyst.headers }))
          .statusCode,
      ).toBe(403);
    }
  });
});
