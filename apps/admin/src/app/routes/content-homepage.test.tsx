import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { accessTokenStore } from '../../lib/access-token';
import { categoryTree } from '../../test/catalog-fixtures';
import { adminHome, contentEditor } from '../../test/content-fixtures';
import { fakeApi, reply } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';

afterEach(() => {
  accessTokenStore.clear();
});

function sectionCards() {
  return within(screen.getByRole('list', { name: 'Homepage sections' })).getAllByRole('article');
}

describe('homepage', () => {
  it('adds a section, moves one down and saves the sections in their new order', async () => {
    const { sent } = fakeApi({
      'GET /admin/content/home': () => reply(200, adminHome()),
      'GET /admin/categories': () => reply(200, categoryTree),
      'PUT /admin/content/home': (request) =>
        reply(200, adminHome({ draft: (request.body as { sections: never[] }).sections, version: 3 })),
    });
    renderApp('/content/homepage', { signedIn: true, employee: contentEditor });
    expect(await screen.findByRole('article', { name: /^Hero: Winter linen is here/ })).toBeInTheDocument();
    expect(screen.getByText(/^Scheduled from /)).toBeInTheDocument();
    expect(screen.getByText('Unpublished changes')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Add section' }));
    await userEvent.click(screen.getByRole('button', { name: /^Products from a category/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Add section: Products from a category' });
    await userEvent.type(within(dialog).getByLabelText('Heading'), 'New in shirts');
    await userEvent.selectOptions(await within(dialog).findByLabelText('Category'), 'cat_2');
    await userEvent.clear(within(dialog).getByLabelText('Number of products'));
    await userEvent.type(within(dialog).getByLabelText('Number of products'), '4');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Done' }));

    expect(sectionCards().map((card) => card.getAttribute('aria-label'))).toEqual([
      'Hero: Winter linen is here',
      'Text: Our story',
      'Products from a category: New in shirts · Up to 4 products',
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Move down: Hero: Winter linen is here' }));
    expect(sectionCards()[1]).toHaveAccessibleName('Hero: Winter linen is here');
    expect(screen.getByRole('button', { name: 'Publish' })).toBeDisabled();

    await userEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(await screen.findByText(/Draft saved/)).toBeInTheDocument();
    const put = sent.find((request) => request.method === 'PUT');
    const body = put?.body as { sections: { id: string; type: string }[]; version: number };
    expect(body.version).toBe(2);
    expect(body.sections.map((section) => section.id).slice(0, 2)).toEqual(['sec_text', 'sec_hero']);
    expect(body.sections[2]).toEqual({
      id: expect.stringMatching(/^sec_[a-z0-9]{12}$/),
      type: 'category_products',
      heading: 'New in shirts',
      categoryId: 'cat_2',
      limit: 4,
      startsAt: null,
      endsAt: null,
    });
  });

  it('edits a hero’s button and shows the API’s errors on the section', async () => {
    const { sent } = fakeApi({
      'GET /admin/content/home': () => reply(200, adminHome()),
      'PUT /admin/content/home': () =>
        reply(400, {
          status: 400,
          code: 'validation_failed',
          title: 'Invalid',
          errors: [{ path: 'sections.0.cta.link.url', message: 'Use an address starting with https://.' }],
        }),
    });
    renderApp('/content/homepage', { signedIn: true, employee: contentEditor });
    await userEvent.click(await screen.findByRole('button', { name: 'Edit Hero: Winter linen is here' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit section: Hero' });
    await userEvent.click(within(dialog).getByLabelText('Show a button'));
    await userEvent.type(within(dialog).getByLabelText('Button label'), 'Shop now');
    await userEvent.selectOptions(within(dialog).getByLabelText('Button link type'), 'url');
    await userEvent.type(within(dialog).getByLabelText(/^Address/), 'ftp://example.com');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Done' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save draft' }));

    expect(await screen.findByText('Use an address starting with https://.')).toBeInTheDocument();
    // Focus lands on the section in error, ready to edit it.
    expect(screen.getByRole('button', { name: 'Edit Hero: Winter linen is here' })).toHaveFocus();
    const body = sent.find((request) => request.method === 'PUT')?.body as { sections: unknown[] };
    expect(body.sections[0]).toMatchObject({
      cta: { label: 'Shop now', link: { type: 'url', url: 'ftp://example.com' } },
    });
    // Opening the section again shows the error on its field.
    await userEvent.click(screen.getByRole('button', { name: 'Edit Hero: Winter linen is here' }));
    const again = await screen.findByRole('dialog', { name: 'Edit section: Hero' });
    expect(within(again).getByLabelText(/^Address/)).toHaveAccessibleDescription(
      expect.stringContaining('Use an address starting with https://.'),
    );
  });

  it('explains an empty homepage', async () => {
    fakeApi({ 'GET /admin/content/home': () => reply(200, adminHome({ draft: [] })) });
    renderApp('/content/homepage', { signedIn: true, employee: contentEditor });
    expect(await screen.findByRole('heading', { name: 'No sections yet' })).toBeInTheDocument();
  });
});
