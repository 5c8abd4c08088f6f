import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { accessTokenStore } from '../../lib/access-token';
import { categoryTree } from '../../test/catalog-fixtures';
import { fakeApi, reply } from '../../test/fake-api';
import { customerServiceEmployee, renderApp } from '../../test/render-app';

afterEach(() => {
  accessTokenStore.clear();
});

describe('category tree editor', () => {
  it('expands and collapses, creates, moves and edits categories', async () => {
    const { sent } = fakeApi({
      'GET /admin/categories': () => reply(200, categoryTree),
      'POST /admin/categories': () =>
        reply(201, {
          id: 'cat_9',
          parentId: 'cat_1',
          handle: 'hats',
          name: 'Hats',
          description: null,
          position: 2,
          version: 1,
        }),
      'PATCH /admin/categories/cat_3': (request) =>
        reply(200, { ...categoryTree.items[0]?.children[1], ...(request.body as object), version: 5 }),
    });
    renderApp('/categories', { signedIn: true });
    const tree = await screen.findByRole('list', { name: 'Categories' });
    expect(within(tree).getByText('Shirts')).toBeInTheDocument();
    await userEvent.click(within(tree).getByRole('button', { name: 'Collapse Clothing' }));
    expect(within(tree).queryByText('Shirts')).not.toBeInTheDocument();
    await userEvent.click(within(tree).getByRole('button', { name: 'Expand Clothing' }));

    const form = screen.getByRole('form', { name: 'New category' });
    await userEvent.type(within(form).getByLabelText(/^Name/), 'Hats');
    await userEvent.selectOptions(within(form).getByLabelText('Parent category'), 'cat_1');
    await userEvent.click(within(form).getByRole('button', { name: 'Create category' }));
    expect(await screen.findByText('Category “Hats” created.')).toBeInTheDocument();
    expect(sent.find((request) => request.method === 'POST')?.body).toEqual({
      name: 'Hats',
      parentId: 'cat_1',
    });

    expect(screen.getByRole('button', { name: 'Move Trousers down' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Move Trousers up' }));
    expect(await screen.findByText('“Trousers” moved to position 1.')).toBeInTheDocument();
    expect(sent.filter((request) => request.method === 'PATCH').at(-1)?.body).toEqual({
      version: 4,
      position: 0,
    });

    await userEvent.click(screen.getByRole('button', { name: 'Edit Trousers' }));
    const edit = screen.getByRole('form', { name: 'Edit Trousers' });
    // A category cannot move under itself.
    expect(
      within(within(edit).getByLabelText('Move under')).queryByRole('option', { name: /Trousers/ }),
    ).toBeNull();
    await userEvent.selectOptions(within(edit).getByLabelText('Move under'), 'cat_4');
    await userEvent.type(within(edit).getByLabelText('Description'), 'Legs first');
    await userEvent.click(within(edit).getByRole('button', { name: 'Save category' }));
    expect(await screen.findByText(/Category “.*” saved\./)).toBeInTheDocument();
    expect(sent.filter((request) => request.method === 'PATCH').at(-1)?.body).toEqual({
      version: 4,
      name: 'Trousers',
      handle: 'trousers',
      description: 'Legs first',
      parentId: 'cat_4',
    });
  });

  it('shows why a category with sub-categories cannot be deleted', async () => {
    fakeApi({
      'GET /admin/categories': () => reply(200, categoryTree),
      'DELETE /admin/categories/cat_1': () =>
        reply(409, {
          code: 'category_has_children',
          status: 409,
          title: 'Conflict',
          detail: 'Move or delete its sub-categories first.',
        }),
    });
    renderApp('/categories', { signedIn: true });
    await userEvent.click(await screen.findByRole('button', { name: 'Delete Clothing' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete “Clothing”?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete category' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Move or delete its sub-categories first.');
  });

  it('is read-only without catalog:write', async () => {
    fakeApi({ 'GET /admin/categories': () => reply(200, categoryTree) });
    renderApp('/categories', { signedIn: true, employee: customerServiceEmployee });
    expect(await screen.findByRole('list', { name: 'Categories' })).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'New category' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Delete/ })).not.toBeInTheDocument();
  });

  it('shows the empty state', async () => {
    fakeApi({ 'GET /admin/categories': () => reply(200, { items: [] }) });
    renderApp('/categories', { signedIn: true });
    expect(await screen.findByText(/No categories yet/)).toBeInTheDocument();
  });
});
