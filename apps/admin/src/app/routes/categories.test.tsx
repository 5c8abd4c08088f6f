import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { CategoryNode } from '../../features/categories/api/list-categories';
import { accessTokenStore } from '../../lib/access-token';
import { categoryImage, categoryTree } from '../../test/catalog-fixtures';
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

  it('uploads a picture with its alt text, and shows its thumbnail in the tree', async () => {
    let trousers: CategoryNode = categoryTree.items[0]?.children[1] as CategoryNode;
    const tree = () => ({
      items: [{ ...categoryTree.items[0], children: [categoryTree.items[0]?.children[0], trousers] }],
    });
    const { sent } = fakeApi({
      'GET /admin/categories': () => reply(200, tree()),
      'PUT /admin/categories/cat_3/image': () => {
        trousers = { ...trousers, image: categoryImage('trousers', 'Folded trousers') };
        const { children: _children, ...category } = trousers;
        return reply(200, category);
      },
    });
    renderApp('/categories', { signedIn: true });
    await userEvent.click(await screen.findByRole('button', { name: 'Edit Trousers' }));
    const picture = screen.getByRole('form', { name: 'Picture of Trousers' });
    expect(screen.getByText('No picture yet.')).toBeInTheDocument();

    // Nothing chosen yet: the file input says so.
    await userEvent.click(within(picture).getByRole('button', { name: 'Upload picture' }));
    expect(within(picture).getByLabelText('Picture file')).toHaveAccessibleDescription(
      expect.stringContaining('Choose a picture first.'),
    );
    expect(sent.some((request) => request.method === 'PUT')).toBe(false);

    const file = new File(['fake png bytes'], 'trousers.png', { type: 'image/png' });
    await userEvent.upload(within(picture).getByLabelText('Picture file'), file);
    await userEvent.type(within(picture).getByLabelText('Alt text'), 'Folded trousers');
    await userEvent.click(within(picture).getByRole('button', { name: 'Upload picture' }));
    expect(await within(picture).findByRole('status')).toHaveTextContent('Picture added.');

    const upload = sent.find((request) => request.method === 'PUT');
    expect(upload?.path).toBe('/admin/categories/cat_3/image');
    expect(upload?.authorization).toMatch(/^Bearer /);
    // jsdom's File loses its name on the way through Node's Request; the content is what the API judges.
    expect(upload?.body).toEqual({
      file: expect.objectContaining({ type: 'image/png', size: file.size }),
      alt: 'Folded trousers',
    });
    // The editor and the tree show the new picture; without a new file the button saves the alt text.
    expect(await screen.findByRole('img', { name: 'Folded trousers' })).toHaveAttribute(
      'src',
      '/media/categories/trousers-320.webp',
    );
    expect(within(picture).getByRole('button', { name: 'Save alt text' })).toBeInTheDocument();
    const row = screen.getByText('Trousers', { selector: 'strong' }).closest('li') as HTMLElement;
    expect(row.querySelector('.ad-tree__thumb')).toHaveAttribute(
      'src',
      '/media/categories/trousers-320.webp',
    );
  });

  it("shows the API's message on the file input when the file is refused", async () => {
    fakeApi({
      'GET /admin/categories': () => reply(200, categoryTree),
      'PUT /admin/categories/cat_2/image': () =>
        reply(415, {
          code: 'unsupported_media_type',
          status: 415,
          title: 'Unsupported media type',
          detail: 'The file is not a JPEG, PNG, WebP, AVIF or GIF image.',
        }),
    });
    renderApp('/categories', { signedIn: true });
    await userEvent.click(await screen.findByRole('button', { name: 'Edit Shirts' }));
    const picture = screen.getByRole('form', { name: 'Picture of Shirts' });
    const input = within(picture).getByLabelText('Picture file');
    await userEvent.upload(input, new File(['just text'], 'notes.png', { type: 'image/png' }));
    await userEvent.click(within(picture).getByRole('button', { name: 'Upload picture' }));
    expect(
      await within(picture).findByText('The file is not a JPEG, PNG, WebP, AVIF or GIF image.'),
    ).toHaveClass('ct-field__error');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(expect.stringContaining('not a JPEG, PNG'));
  });

  it("changes a picture's alt text without uploading it again", async () => {
    let home: CategoryNode = categoryTree.items[1] as CategoryNode;
    const { sent } = fakeApi({
      'GET /admin/categories': () => reply(200, { items: [categoryTree.items[0], home] }),
      'PATCH /admin/categories/cat_4/image': (request) => {
        const alt = (request.body as { alt: string | null }).alt;
        home = { ...home, image: home.image ? { ...home.image, alt } : null };
        const { children: _children, ...category } = home;
        return reply(200, category);
      },
    });
    renderApp('/categories', { signedIn: true });
    await userEvent.click(await screen.findByRole('button', { name: 'Edit Home' }));
    const picture = screen.getByRole('form', { name: 'Picture of Home' });
    const alt = within(picture).getByLabelText('Alt text');
    await userEvent.clear(alt);
    await userEvent.type(alt, 'A sofa by the window');
    await userEvent.click(within(picture).getByRole('button', { name: 'Save alt text' }));
    expect(await within(picture).findByRole('status')).toHaveTextContent('Alt text saved.');
    expect(sent.filter((request) => request.method === 'PATCH').map((request) => request.body)).toEqual([
      { alt: 'A sofa by the window' },
    ]);
    expect(sent.some((request) => request.method === 'PUT')).toBe(false);
    expect(await screen.findByRole('img', { name: 'A sofa by the window' })).toBeInTheDocument();
  });

  it('removes a picture', async () => {
    let home: CategoryNode = categoryTree.items[1] as CategoryNode;
    const { sent } = fakeApi({
      'GET /admin/categories': () => reply(200, { items: [categoryTree.items[0], home] }),
      'DELETE /admin/categories/cat_4/image': () => {
        home = { ...home, image: null };
        const { children: _children, ...category } = home;
        return reply(200, category);
      },
    });
    renderApp('/categories', { signedIn: true });
    const row = (await screen.findByText('Home', { selector: 'strong' })).closest('li') as HTMLElement;
    expect(row.querySelector('.ad-tree__thumb')).toHaveAttribute('src', '/media/categories/home-320.webp');
    await userEvent.click(screen.getByRole('button', { name: 'Edit Home' }));
    const picture = screen.getByRole('form', { name: 'Picture of Home' });
    expect(screen.getByRole('img', { name: 'A cosy living room' })).toBeInTheDocument();
    expect(within(picture).getByLabelText('Alt text')).toHaveValue('A cosy living room');
    await userEvent.click(within(picture).getByRole('button', { name: 'Remove picture' }));
    expect(await within(picture).findByRole('status')).toHaveTextContent('Picture removed.');
    expect(sent.filter((request) => request.method === 'DELETE').map((request) => request.path)).toEqual([
      '/admin/categories/cat_4/image',
    ]);
    expect(await screen.findByText('No picture yet.')).toBeInTheDocument();
    expect(row.querySelector('.ad-tree__thumb')).toBeNull();
    expect(within(picture).queryByRole('button', { name: 'Remove picture' })).toBeNull();
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
    expect(screen.queryByRole('button', { name: /^Edit/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'New category' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Delete/ })).not.toBeInTheDocument();
  });

  it('shows the empty state', async () => {
    fakeApi({ 'GET /admin/categories': () => reply(200, { items: [] }) });
    renderApp('/categories', { signedIn: true });
    expect(await screen.findByText(/No categories yet/)).toBeInTheDocument();
  });
});
