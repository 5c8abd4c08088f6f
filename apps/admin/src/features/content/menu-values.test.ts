import { describe, expect, it } from 'vitest';
import { emptyLinkDraft } from './content-link';
import { indentItem, type MenuItemDraft, menuErrorTarget, outdentItem, toMenuUpdate } from './menu-values';

function item(id: string, children: MenuItemDraft[] = []): MenuItemDraft {
  return { id, label: id, link: { type: 'url', targetId: '', url: `/${id}` }, children };
}

describe('menu values', () => {
  it('indents an item under the one before it, and outdents it back after its parent', () => {
    const items = [item('a'), item('b'), item('c')];
    const indented = indentItem(items, 1);
    expect(indented.map((entry) => [entry.id, entry.children.map((child) => child.id)])).toEqual([
      ['a', ['b']],
      ['c', []],
    ]);
    expect(outdentItem(indented, 0, 0).map((entry) => entry.id)).toEqual(['a', 'b', 'c']);
    // The first item has nothing to go under; an item with sub-items cannot become one.
    expect(indentItem(items, 0)).toEqual(items);
    expect(indentItem([item('a'), item('b', [item('x')])], 1).map((entry) => entry.id)).toEqual(['a', 'b']);
  });

  it('builds the body with two levels, or names the items without a link', () => {
    expect(toMenuUpdate([item('a', [item('b')])], 4)).toEqual({
      update: {
        items: [
          {
            id: 'a',
            label: 'a',
            link: { type: 'url', url: '/a' },
            children: [{ id: 'b', label: 'b', link: { type: 'url', url: '/b' }, children: [] }],
          },
        ],
        version: 4,
      },
      incomplete: [],
    });
    const missing = { ...item('b'), link: emptyLinkDraft('page') };
    expect(toMenuUpdate([item('a', [missing])], 4)).toEqual({ update: null, incomplete: ['b'] });
  });

  it('finds the item an error path points at in the body sent', () => {
    const sent = toMenuUpdate([item('a', [item('b')]), item('c')], 1).update ?? undefined;
    expect(menuErrorTarget('items.0.children.0.link.url', sent)).toEqual({ id: 'b', field: 'link.url' });
    expect(menuErrorTarget('items.1.label', sent)).toEqual({ id: 'c', field: 'label' });
    expect(menuErrorTarget('items.5.label', sent)).toBeNull();
    expect(menuErrorTarget('version', sent)).toBeNull();
  });
});
