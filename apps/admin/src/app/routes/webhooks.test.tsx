import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { webhookKeys } from '../../features/webhooks/api/webhook-keys';
import { accessTokenStore } from '../../lib/access-token';
import { fakeApi, reply } from '../../test/fake-api';
import { customerServiceEmployee, renderApp } from '../../test/render-app';
import { webhookDelivery, webhookEndpoint, webhookEventTypes } from '../../test/webhook-fixtures';

afterEach(() => {
  accessTokenStore.clear();
});

const secret = 'whsec_live_very-secret-value';
const paused = webhookEndpoint({
  id: 'whk_2',
  url: 'https://ship.example.com/in',
  description: null,
  events: ['order.paid', 'order.fulfilled', 'order.cancelled', 'inventory.low', 'return.requested'],
  active: false,
  lastDelivery: null,
});

describe('webhooks list', () => {
  it('lists endpoints with their events, state and last delivery', async () => {
    fakeApi({ 'GET /admin/webhooks': () => reply(200, { items: [webhookEndpoint(), paused] }) });
    renderApp('/webhooks', { signedIn: true });
    expect(await screen.findByRole('heading', { level: 1, name: 'Webhooks' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Back office' });
    expect(within(nav).getByRole('link', { name: 'Webhooks' })).toHaveAttribute('aria-current', 'page');

    const table = await screen.findByRole('table', { name: 'Webhook endpoints' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(within(rows[0] as HTMLElement).getByRole('link', { name: /erp\.example\.com/ })).toHaveAttribute(
      'href',
      '/webhooks/whk_1',
    );
    expect(rows[0]).toHaveTextContent('ERP order import');
    expect(rows[0]).toHaveTextContent('2 eventsorder.created, order.paid');
    expect(rows[0]).toHaveTextContent('Active');
    expect(rows[0]).toHaveTextContent('Succeeded');
    expect(rows[1]).toHaveTextContent('5 eventsorder.paid, order.fulfilled, order.cancelled +2 more');
    expect(rows[1]).toHaveTextContent('Paused');
    expect(rows[1]).toHaveTextContent('No deliveries yet');
  });

  it('explains webhooks when there are none, and offers to add one', async () => {
    fakeApi({ 'GET /admin/webhooks': () => reply(200, { items: [] }) });
    renderApp('/webhooks', { signedIn: true });
    expect(await screen.findByRole('heading', { name: 'No webhook endpoints yet' })).toBeInTheDocument();
    expect(screen.getByText(/send events to your ERP, shipping tool or accounting/i)).toBeInTheDocument();
    const links = screen.getAllByRole('link', { name: 'Add endpoint' });
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['/webhooks/new', '/webhooks/new']);
  });

  it('says when the list cannot be loaded, with a retry', async () => {
    fakeApi({ 'GET /admin/webhooks': () => reply(403, { code: 'forbidden', status: 403 }) });
    renderApp('/webhooks', { signedIn: true });
    expect(
      await screen.findByRole('heading', { name: 'Webhook endpoints could not be loaded' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/do not have permission/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('is hidden from employees without integrations:manage', async () => {
    const { sent } = fakeApi({});
    renderApp('/webhooks/new', { signedIn: true, employee: customerServiceEmployee });
    expect(
      await screen.findByRole('heading', { level: 1, name: "You don't have access to this page" }),
    ).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Back office' });
    expect(within(nav).queryByRole('link', { name: 'Webhooks' })).not.toBeInTheDocument();
    expect(sent.filter((request) => request.path.startsWith('/admin/webhooks'))).toEqual([]);
  });
});

describe('adding an endpoint', () => {
  it('sends the chosen events, then shows the secret once and leads to the endpoint', async () => {
    const created = webhookEndpoint({ events: ['order.created', 'order.paid', 'inventory.low'] });
    const { sent } = fakeApi({
      'GET /admin/webhooks/event-types': () => reply(200, webhookEventTypes),
      'POST /admin/webhooks': () => reply(201, { ...created, secret }),
      'GET /admin/webhooks/whk_1': () => reply(200, created),
      'GET /admin/webhooks/whk_1/deliveries': () =>
        reply(200, { items: [webhookDelivery()], nextCursor: null }),
    });
    const { router, queryClient } = renderApp('/webhooks/new', { signedIn: true });
    await userEvent.type(
      await screen.findByLabelText(/^Endpoint URL/),
      'https://erp.example.com/hooks/comptoir',
    );
    await userEvent.type(screen.getByLabelText('Description (optional)'), 'ERP order import');
    // The test event is not offered; each group has its "select all".
    expect(screen.queryByLabelText('webhook.ping')).not.toBeInTheDocument();
    await userEvent.click(screen.getByLabelText('All orders events'));
    expect(screen.getByLabelText('order.cancelled')).toBeChecked();
    await userEvent.click(screen.getByLabelText('order.cancelled'));
    expect(screen.getByLabelText('All orders events')).not.toBeChecked();
    expect(screen.getByLabelText('All orders events')).toHaveProperty('indeterminate', true);
    await userEvent.click(screen.getByLabelText('inventory.low'));
    expect(screen.getByLabelText('Active')).toBeChecked();
    await userEvent.click(screen.getByRole('button', { name: 'Add endpoint' }));

    expect(await screen.findByLabelText('Signing secret')).toHaveValue(secret);
    expect(screen.getByText('Copy this signing secret now: it will not be shown again.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy secret' })).toBeInTheDocument();
    expect(sent.find((request) => request.method === 'POST')?.body).toEqual({
      url: 'https://erp.example.com/hooks/comptoir',
      description: 'ERP order import',
      events: ['order.created', 'order.paid', 'inventory.low'],
      active: true,
    });
    // The secret is not kept with the list data.
    expect(JSON.stringify(queryClient.getQueryData(webhookKeys.lists()) ?? null)).not.toContain(secret);

    await userEvent.click(screen.getByRole('link', { name: 'I have copied the secret: open the endpoint' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'ERP order import' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/webhooks/whk_1');
    expect(document.body).not.toHaveTextContent(secret);

    // Coming back to the creation page starts a new endpoint: the old secret is gone for good.
    await router.navigate('/webhooks/new');
    expect(await screen.findByRole('button', { name: 'Add endpoint' })).toBeInTheDocument();
    expect(screen.queryByLabelText('Signing secret')).not.toBeInTheDocument();
  });

  it('shows why the API refused the URL on the URL field', async () => {
    const reason =
      'The host intranet.example.com resolves to a private, loopback or otherwise internal address (10.0.0.5); webhooks go to public addresses only.';
    const { sent } = fakeApi({
      'GET /admin/webhooks/event-types': () => reply(200, webhookEventTypes),
      'POST /admin/webhooks': () =>
        reply(422, {
          status: 422,
          title: 'Webhook URL not allowed',
          code: 'webhook_url_not_allowed',
          detail: reason,
          errors: [{ path: 'url', message: reason }],
        }),
    });
    renderApp('/webhooks/new', { signedIn: true });
    const url = await screen.findByLabelText(/^Endpoint URL/);
    await userEvent.type(url, 'https://intranet.example.com/hook');
    await userEvent.click(screen.getByLabelText('customer.created'));
    await userEvent.click(screen.getByRole('button', { name: 'Add endpoint' }));

    await expect.poll(() => url.getAttribute('aria-invalid')).toBe('true');
    expect(url).toHaveAccessibleDescription(expect.stringContaining(reason));
    expect(url).toHaveFocus();
    expect(screen.getByRole('alert')).toHaveTextContent('Check the highlighted fields.');
    expect(sent.filter((request) => request.method === 'POST')).toHaveLength(1);
  });

  it('asks for a URL and at least one event before sending', async () => {
    const { sent } = fakeApi({ 'GET /admin/webhooks/event-types': () => reply(200, webhookEventTypes) });
    renderApp('/webhooks/new', { signedIn: true });
    await userEvent.click(await screen.findByRole('button', { name: 'Add endpoint' }));
    expect(screen.getByLabelText(/^Endpoint URL/)).toHaveAccessibleDescription(
      expect.stringContaining('Enter the URL that receives the events.'),
    );
    expect(screen.getByText('Choose at least one event.')).toBeInTheDocument();
    expect(sent.filter((request) => request.method === 'POST')).toEqual([]);
  });
});
