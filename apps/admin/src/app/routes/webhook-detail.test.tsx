import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { accessTokenStore } from '../../lib/access-token';
import { fakeApi, reply, type SentRequest } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import {
  webhookDelivery,
  webhookDeliveryDetail,
  webhookEndpoint,
  webhookEventTypes,
} from '../../test/webhook-fixtures';

afterEach(() => {
  accessTokenStore.clear();
});

const deliveriesPath = '/admin/webhooks/whk_1/deliveries';
const failed = webhookDelivery({
  id: 'whd_2',
  eventId: 'evt_2',
  eventType: 'order.paid',
  status: 'failed',
  attempts: 18,
  nextAttemptAt: null,
  lastStatusCode: 500,
  lastDurationMs: 1500,
});

/** The endpoint's page with its event types and a first page of deliveries; `routes` adds or replaces. */
function endpointApi(routes: Parameters<typeof fakeApi>[0] = {}) {
  return fakeApi({
    'GET /admin/webhooks/event-types': () => reply(200, webhookEventTypes),
    'GET /admin/webhooks/whk_1': () => reply(200, webhookEndpoint()),
    [`GET ${deliveriesPath}`]: () => reply(200, { items: [webhookDelivery(), failed], nextCursor: null }),
    ...routes,
  });
}

const requestsTo = (sent: SentRequest[], method: string, path: string) =>
  sent.filter((request) => request.method === method && request.path === path);

describe('a webhook endpoint', () => {
  it('saves changes with the version read', async () => {
    const { sent } = endpointApi({
      'PATCH /admin/webhooks/whk_1': (request) =>
        reply(200, webhookEndpoint({ ...(request.body as object), version: 2 })),
    });
    renderApp('/webhooks/whk_1', { signedIn: true });
    const form = await screen.findByRole('form', { name: 'Endpoint settings' });
    const url = await within(form).findByLabelText(/^Endpoint URL/);
    expect(url).toHaveValue('https://erp.example.com/hooks/comptoir');
    expect(within(form).getByLabelText('order.paid')).toBeChecked();
    await userEvent.click(within(form).getByLabelText('return.requested'));
    await userEvent.clear(within(form).getByLabelText('Description (optional)'));
    await userEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(await within(form).findByText('Changes saved.')).toBeInTheDocument();
    expect(requestsTo(sent, 'PATCH', '/admin/webhooks/whk_1').map((request) => request.body)).toEqual([
      {
        version: 1,
        url: 'https://erp.example.com/hooks/comptoir',
        description: null,
        events: ['order.created', 'order.paid', 'return.requested'],
      },
    ]);
  });

  it('says when someone else saved first, and reloads', async () => {
    let version = 1;
    endpointApi({
      'GET /admin/webhooks/whk_1': () =>
        reply(
          200,
          webhookEndpoint({ version, description: version === 1 ? 'ERP order import' : 'ERP (new)' }),
        ),
      'PATCH /admin/webhooks/whk_1': () => {
        version = 2;
        return reply(409, { status: 409, title: 'Conflict', code: 'version_conflict', detail: 'Changed.' });
      },
    });
    renderApp('/webhooks/whk_1', { signedIn: true });
    const form = await screen.findByRole('form', { name: 'Endpoint settings' });
    await userEvent.click(await within(form).findByRole('button', { name: 'Save changes' }));
    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('Changed by someone else');
    await userEvent.click(within(alert).getByRole('button', { name: 'Reload endpoint' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'ERP (new)' })).toBeInTheDocument();
    expect(within(form).getByLabelText('Description (optional)')).toHaveValue('ERP (new)');
    expect(within(form).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('pauses the endpoint with its version', async () => {
    const { sent } = endpointApi({
      'PATCH /admin/webhooks/whk_1': () => reply(200, webhookEndpoint({ active: false, version: 2 })),
    });
    renderApp('/webhooks/whk_1', { signedIn: true });
    await userEvent.click(await screen.findByRole('button', { name: 'Pause' }));
    expect(await screen.findByText('Endpoint paused.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Resume' })).toBeInTheDocument();
    expect(requestsTo(sent, 'PATCH', '/admin/webhooks/whk_1')[0]?.body).toEqual({
      version: 1,
      active: false,
    });
  });

  it('deletes the endpoint only after confirmation', async () => {
    const { sent } = endpointApi({
      'DELETE /admin/webhooks/whk_1': () => reply(204),
      'GET /admin/webhooks': () => reply(200, { items: [] }),
    });
    const { router } = renderApp('/webhooks/whk_1', { signedIn: true });
    await userEvent.click(await screen.findByRole('button', { name: 'Delete' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete this endpoint?' });
    expect(dialog).toHaveTextContent('its delivery log is deleted with it');
    expect(requestsTo(sent, 'DELETE', '/admin/webhooks/whk_1')).toEqual([]);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete endpoint' }));
    expect(
      await screen.findByText('The endpoint https://erp.example.com/hooks/comptoir was deleted.'),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/webhooks');
    expect(requestsTo(sent, 'DELETE', '/admin/webhooks/whk_1')).toHaveLength(1);
  });

  it('sends a test event and refreshes the deliveries', async () => {
    const { sent } = endpointApi({
      'POST /admin/webhooks/whk_1/ping': () => reply(202, { deliveryId: 'whd_9' }),
    });
    renderApp('/webhooks/whk_1', { signedIn: true });
    await screen.findByRole('table', { name: 'Deliveries' });
    expect(requestsTo(sent, 'GET', deliveriesPath)).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: 'Send test event' }));
    expect(await screen.findByText('Test event sent.')).toBeInTheDocument();
    expect(requestsTo(sent, 'POST', '/admin/webhooks/whk_1/ping')).toHaveLength(1);
    await expect.poll(() => requestsTo(sent, 'GET', deliveriesPath).length).toBe(2);
  });

  it('rotates the secret after explaining the 24 h overlap, and shows the new one once', async () => {
    const { sent } = endpointApi({
      'POST /admin/webhooks/whk_1/rotate-secret': () =>
        reply(200, { secret: 'whsec_new-secret', previousSecretExpiresAt: '2026-11-24T10:00:00.000Z' }),
    });
    renderApp('/webhooks/whk_1', { signedIn: true });
    await userEvent.click(await screen.findByRole('button', { name: 'Rotate secret' }));
    const dialog = screen.getByRole('dialog', { name: 'Rotate the signing secret?' });
    expect(dialog).toHaveTextContent(
      'For 24 hours every delivery is signed with both the new and the old secret',
    );
    expect(requestsTo(sent, 'POST', '/admin/webhooks/whk_1/rotate-secret')).toEqual([]);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Rotate secret' }));
    expect(await within(dialog).findByLabelText('Signing secret')).toHaveValue('whsec_new-secret');
    expect(dialog).toHaveTextContent('it will not be shown again');
    expect(requestsTo(sent, 'POST', '/admin/webhooks/whk_1/rotate-secret')).toHaveLength(1);
    await userEvent.click(within(dialog).getByRole('button', { name: 'I have copied the secret' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(document.body).not.toHaveTextContent('whsec_new-secret');
  });

  it('shows the delivery log, filters it by status and loads more by cursor', async () => {
    const { sent } = endpointApi({
      [`GET ${deliveriesPath}`]: (request) => {
        const query = new URLSearchParams(request.search);
        if (query.get('status') === 'failed') {
          return query.get('cursor') === 'c2'
            ? reply(200, { items: [webhookDelivery({ id: 'whd_3', status: 'failed' })], nextCursor: null })
            : reply(200, { items: [failed], nextCursor: 'c2' });
        }
        return reply(200, { items: [webhookDelivery(), failed], nextCursor: null });
      },
    });
    renderApp('/webhooks/whk_1', { signedIn: true });
    const table = await screen.findByRole('table', { name: 'Deliveries' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent(/order\.createdevt_1Pending.*2503120 ms/);
    expect(rows[1]).toHaveTextContent(/order\.paidevt_2Failed185001\.5 s/);
    expect(screen.getByText('Showing 2 deliveries')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Failed' }));
    await expect
      .poll(() => requestsTo(sent, 'GET', deliveriesPath).at(-1)?.search)
      .toBe('?limit=25&status=failed');
    expect(await screen.findByText('Showing 1 delivery')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(requestsTo(sent, 'GET', deliveriesPath).at(-1)?.search).toBe('?limit=25&status=failed&cursor=c2');
    expect(await screen.findByText('Showing 2 deliveries')).toBeInTheDocument();
  });

  it('says when the endpoint does not exist, and when there are no deliveries yet', async () => {
    fakeApi({
      'GET /admin/webhooks/event-types': () => reply(200, webhookEventTypes),
      'GET /admin/webhooks/whk_2': () => reply(200, webhookEndpoint({ id: 'whk_2', description: null })),
      'GET /admin/webhooks/whk_2/deliveries': () => reply(200, { items: [], nextCursor: null }),
    });
    const { router } = renderApp('/webhooks/whk_404', { signedIn: true });
    expect(await screen.findByRole('heading', { name: 'Endpoint not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See all webhooks' })).toHaveAttribute('href', '/webhooks');
    await router.navigate('/webhooks/whk_2');
    // Without a description, the endpoint is named after its host.
    expect(await screen.findByRole('heading', { level: 1, name: 'erp.example.com' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'No deliveries yet' })).toBeInTheDocument();
  });

  it('shows a delivery’s attempts and redelivers it', async () => {
    const { sent } = endpointApi({
      'GET /admin/webhooks/deliveries/whd_1': () => reply(200, webhookDeliveryDetail()),
      'POST /admin/webhooks/deliveries/whd_1/redeliver': () => reply(202, webhookDelivery({ attempts: 0 })),
    });
    renderApp('/webhooks/whk_1', { signedIn: true });
    await userEvent.click(
      await screen.findByRole('button', { name: /^Details of the order\.created delivery/ }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Delivery' });
    const attempts = await within(dialog).findByRole('table', { name: 'Attempts (2)' });
    const rows = within(attempts).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent(/50395 msHTTP 503$/);
    expect(rows[1]).toHaveTextContent(/None10\.0 sTimed out after 10 s$/);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Redeliver' }));
    expect(await within(dialog).findByText('Redelivery queued.')).toBeInTheDocument();
    expect(requestsTo(sent, 'POST', '/admin/webhooks/deliveries/whd_1/redeliver')).toHaveLength(1);
    await expect.poll(() => requestsTo(sent, 'GET', deliveriesPath).length).toBe(2);
  });
});
