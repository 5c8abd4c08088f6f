import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { accessTokenStore } from '../../lib/access-token';
import { fakeApi, reply } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { csvReply, recordSavedFiles, type SavedFile } from '../../test/saved-files';

let saved: SavedFile[] = [];

beforeEach(() => {
  saved = recordSavedFiles();
});

afterEach(() => {
  vi.restoreAllMocks();
  accessTokenStore.clear();
});

const emptyPage = { items: [], total: 0, nextCursor: null };

describe('orders export', () => {
  it('downloads the CSV of the filtered orders', async () => {
    const { sent } = fakeApi({
      'GET /admin/orders': () => reply(200, emptyPage),
      'GET /admin/orders/export.csv': () => csvReply('number,total\r\n1001,12.50\r\n'),
    });
    renderApp('/orders?status=confirmed&payment=paid&sort=total_desc', { signedIn: true });
    await userEvent.click(await screen.findByRole('button', { name: 'Export CSV' }));
    await vi.waitFor(() => expect(saved).toHaveLength(1));
    const request = sent.find((candidate) => candidate.path === '/admin/orders/export.csv');
    expect(Object.fromEntries(new URLSearchParams(request?.search ?? ''))).toEqual({
      status: 'confirmed',
      paymentStatus: 'paid',
    });
    expect(saved[0]?.download).toMatch(/^orders-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(await saved[0]?.blob?.text()).toContain('1001,12.50');
  });

  it('says when the export fails', async () => {
    fakeApi({
      'GET /admin/orders': () => reply(200, emptyPage),
      'GET /admin/orders/export.csv': () =>
        reply(403, {
          code: 'forbidden',
          title: 'Forbidden',
          status: 403,
          detail: 'You may not export orders.',
        }),
    });
    renderApp('/orders', { signedIn: true });
    await userEvent.click(await screen.findByRole('button', { name: 'Export CSV' }));
    expect(await screen.findByText('The orders could not be exported')).toBeInTheDocument();
    expect(saved).toEqual([]);
  });
});
