import { Alert, Badge, Button, EmptyState, TextField } from '@comptoir/ui';
import { type FormEvent, useEffect, useState } from 'react';
import { SaveErrorAlert } from '../../../components/save-error-alert';
import { useFocusFirstInvalid } from '../../../lib/use-form-focus';
import type { AdminMenu } from '../api/get-navigation';
import { useSaveMenu } from '../api/save-menu';
import { getContentErrors } from '../content-errors';
import {
  indentItem,
  type MenuItemDraft,
  menuErrorTarget,
  newMenuItem,
  outdentItem,
  toMenuDrafts,
  toMenuUpdate,
} from '../menu-values';
import { useDraftForm } from '../use-draft-form';
import { LinkField } from './link-field';
import { DragHandleButton, MoveButtons, moveItem, SortableList } from './sortable-list';

/** The most items on one level of a menu (the API refuses more). */
const maxItemsPerLevel = 30;

export interface MenuEditorProps {
  menu: AdminMenu;
  /** "Header menu" / "Footer menu". */
  title: string;
  onReload: () => void;
  /** Told whenever the menu starts or stops having unsaved changes (the page guards leaving). */
  onDirtyChange: (dirty: boolean) => void;
}

/**
 * One menu: its items (two levels) with a label and a link each, reordered by dragging or Move up / Move down,
 * nested with Indent / Outdent or "Add sub-item"; saved live with "Save menu".
 */
export function MenuEditor({ menu, title, onReload, onDirtyChange }: MenuEditorProps) {
  const save = useSaveMenu();
  const form = useDraftForm(menu, menu.version, toMenuDrafts, save.isPending);
  const items = form.values.items;
  useEffect(() => onDirtyChange(form.dirty), [form.dirty, onDirtyChange]);
  const [incomplete, setIncomplete] = useState<ReadonlySet<string>>(new Set());

  const sent = save.variables?.menu === menu.key ? save.variables.update : undefined;
  const errors = getContentErrors(save.error, (path) => menuErrorTarget(path, sent) !== null);
  const itemErrors = new Map<string, Map<string, string>>();
  for (const [path, message] of errors.fields) {
    const target = menuErrorTarget(path, sent);
    if (!target || form.edited.has(target.id)) continue;
    const found = itemErrors.get(target.id) ?? new Map<string, string>();
    if (!found.has(target.field)) found.set(target.field, message);
    itemErrors.set(target.id, found);
  }
  const formRef = useFocusFirstInvalid(save.error ?? (incomplete.size > 0 ? incomplete : null));
  const saved = save.isSuccess && !form.dirty && !save.error;

  function setItems(next: MenuItemDraft[], editedId?: string) {
    form.update(() => ({ items: next }), editedId);
    if (editedId && incomplete.has(editedId)) {
      setIncomplete((previous) => new Set([...previous].filter((id) => id !== editedId)));
    }
  }
  function changeItem(id: string, changes: Partial<MenuItemDraft>) {
    const apply = (item: MenuItemDraft): MenuItemDraft =>
      item.id === id ? { ...item, ...changes } : { ...item, children: item.children.map(apply) };
    setItems(items.map(apply), id);
  }
  function removeItem(id: string) {
    const keep = (list: MenuItemDraft[]): MenuItemDraft[] =>
      list.filter((item) => item.id !== id).map((item) => ({ ...item, children: keep(item.children) }));
    setItems(keep(items));
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = toMenuUpdate(items, menu.version);
    if (!result.update) {
      save.reset();
      setIncomplete(new Set(result.incomplete));
      return;
    }
    setIncomplete(new Set());
    form.clearEdited();
    save.mutate({ menu: menu.key, update: result.update });
  }

  function renderItem(
    item: MenuItemDraft,
    index: number,
    siblings: MenuItemDraft[],
    drag: Parameters<Parameters<typeof SortableList<MenuItemDraft>>[0]['renderItem']>[2],
    parentIndex: number | null,
  ) {
    const name = item.label.trim() || 'new item';
    const fieldErrors = itemErrors.get(item.id);
    const linkError = incomplete.has(item.id)
      ? 'Choose where this item leads.'
      : (fieldErrors?.get('link') ??
        [...(fieldErrors ?? [])].find(([field]) => field.startsWith('link.'))?.[1]);
    const otherErrors = [...(fieldErrors ?? [])].filter(
      ([field]) => field !== 'label' && field !== 'link' && !field.startsWith('link.'),
    );
    const setSiblings = (next: MenuItemDraft[]) =>
      parentIndex === null
        ? setItems(next)
        : setItems(items.map((parent, at) => (at === parentIndex ? { ...parent, children: next } : parent)));

    return (
      <div className="ad-menu-item">
        <div className="ad-menu-item__head">
          <DragHandleButton drag={drag} name={name} />
          {item.target === null ? (
            <Badge tone="warning" className="ad-menu-item__warning">
              Link target was deleted — hidden on the storefront
            </Badge>
          ) : item.target ? (
            <span className="ad-cell-sub">Links to {item.target.title}</span>
          ) : null}
        </div>
        <div className="ad-menu-item__fields">
          <TextField
            label="Label"
            required
            maxLength={60}
            value={item.label}
            onChange={(event) => changeItem(item.id, { label: event.target.value })}
            error={fieldErrors?.get('label')}
          />
          <LinkField
            legend="Link"
            value={item.link}
            onChange={(link) => changeItem(item.id, { link, target: undefined })}
            error={linkError}
          />
        </div>
        {otherErrors.map(([field, message]) => (
          <p key={field} className="ct-field__error">
            {message}
          </p>
        ))}
        <div className="ad-menu-item__actions">
          <MoveButtons
            index={index}
            count={siblings.length}
            name={name}
            onMove={(to) => setSiblings(moveItem(siblings, index, to))}
          />
          {parentIndex === null ? (
            <>
              <Button
                variant="ghost"
                size="sm"
                aria-label={`Indent: ${name}`}
                disabled={index === 0 || item.children.length > 0}
                onClick={() => setItems(indentItem(items, index))}
              >
                Indent
              </Button>
              <Button
                variant="ghost"
                size="sm"
                aria-label={`Add sub-item to ${name}`}
                disabled={item.children.length >= maxItemsPerLevel}
                onClick={() =>
                  setItems(
                    items.map((parent) =>
                      parent.id === item.id
                        ? { ...parent, children: [...parent.children, newMenuItem()] }
                        : parent,
                    ),
                  )
                }
              >
                Add sub-item
              </Button>
            </>
          ) : (
            <Button
              variant="ghost"
              size="sm"
              aria-label={`Outdent: ${name}`}
              onClick={() => setItems(outdentItem(items, parentIndex, index))}
            >
              Outdent
            </Button>
          )}
          <Button variant="ghost" size="sm" aria-label={`Delete ${name}`} onClick={() => removeItem(item.id)}>
            Delete
          </Button>
        </div>
        {parentIndex === null && item.children.length > 0 ? (
          <SortableList
            label={`Sub-items of ${name}`}
            className="ad-sortable--nested"
            items={item.children}
            onReorder={(children) =>
              setItems(items.map((parent) => (parent.id === item.id ? { ...parent, children } : parent)))
            }
            renderItem={(child, childIndex, childDrag) =>
              renderItem(child, childIndex, item.children, childDrag, index)
            }
          />
        ) : null}
      </div>
    );
  }

  return (
    <form ref={formRef} className="ad-content-form" onSubmit={submit} noValidate aria-label={title}>
      <div aria-live="polite" className="ad-content-form__status">
        {saved ? <Alert tone="success">Menu saved: customers see it within a minute.</Alert> : null}
        {incomplete.size > 0 ? (
          <Alert tone="error" title="The menu was not saved">
            Some items have no link yet. Choose where they lead.
          </Alert>
        ) : null}
        {errors.form ? (
          <SaveErrorAlert
            title="The menu was not saved"
            conflict={errors.conflict}
            conflictTitle="The menu changed elsewhere"
            reloadLabel="Reload"
            onReload={() => {
              save.reset();
              onReload();
            }}
          >
            {errors.form}
          </SaveErrorAlert>
        ) : null}
      </div>
      {items.length === 0 ? (
        <EmptyState headingLevel={3} title="No items yet" description="Add the first link of this menu." />
      ) : (
        <SortableList
          label={`${title} items`}
          items={items}
          onReorder={(next) => setItems(next)}
          renderItem={(item, index, drag) => renderItem(item, index, items, drag, null)}
        />
      )}
      <div className="ad-menu-actions">
        <Button
          variant="secondary"
          disabled={items.length >= maxItemsPerLevel}
          onClick={() => setItems([...items, newMenuItem()])}
        >
          Add item
        </Button>
        <Button type="submit" loading={save.isPending}>
          Save menu
        </Button>
      </div>
      <p className="ct-field__hint">Menus are live as soon as you save.</p>
    </form>
  );
}
