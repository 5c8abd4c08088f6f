import { Alert, Button, Card, SelectField, TextField } from '@comptoir/ui';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { ConfirmDeleteDialog } from '../../../components/confirm-delete-dialog';
import { TextAreaField } from '../../../components/text-area-field';
import { getFormErrors } from '../../../lib/form-errors';
import { useCreateCategory } from '../api/create-category';
import { useDeleteCategory } from '../api/delete-category';
import type { CategoryNode } from '../api/list-categories';
import { useUpdateCategory } from '../api/update-category';
import { descendantIds, flattenCategoryTree, indentedName } from '../category-tree';
import { CategoryImageEditor } from './category-image-editor';
import './category-tree-editor.css';

const categoryFields = ['name', 'handle', 'description', 'parentId'] as const;

interface ParentSelectProps {
  tree: readonly CategoryNode[];
  value: string;
  onChange: (value: string) => void;
  /** Categories that cannot be the parent (the category itself and its descendants). */
  excluded?: ReadonlySet<string>;
  label?: string;
  error?: string;
}

function ParentSelect({
  tree,
  value,
  onChange,
  excluded,
  label = 'Parent category',
  error,
}: ParentSelectProps) {
  return (
    <SelectField label={label} value={value} onChange={(event) => onChange(event.target.value)} error={error}>
      <option value="">None (top level)</option>
      {flattenCategoryTree(tree)
        .filter((category) => !excluded?.has(category.id))
        .map((category) => (
          <option key={category.id} value={category.id}>
            {indentedName(category)}
          </option>
        ))}
    </SelectField>
  );
}

function NewCategoryForm({
  tree,
  onCreated,
}: {
  tree: readonly CategoryNode[];
  onCreated: (name: string) => void;
}) {
  const create = useCreateCategory();
  const [name, setName] = useState('');
  const [handle, setHandle] = useState('');
  const [parentId, setParentId] = useState('');
  const errors = getFormErrors(create.error, categoryFields);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    create.mutate(
      { name: name.trim(), ...(handle.trim() ? { handle: handle.trim() } : {}), parentId: parentId || null },
      {
        onSuccess: (category) => {
          setName('');
          setHandle('');
          onCreated(category.name);
        },
      },
    );
  }

  return (
    <form className="ad-category-new" onSubmit={submit} noValidate aria-label="New category">
      {errors.form ? <Alert tone="error">{errors.form}</Alert> : null}
      <div className="ad-category-new__fields">
        <TextField
          label="Name"
          required
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={errors.fields.name}
        />
        <TextField
          label="Handle (optional)"
          placeholder="Made from the name"
          value={handle}
          onChange={(event) => setHandle(event.target.value)}
          error={errors.fields.handle}
        />
        <ParentSelect tree={tree} value={parentId} onChange={setParentId} error={errors.fields.parentId} />
      </div>
      <div>
        <Button type="submit" loading={create.isPending}>
          Create category
        </Button>
      </div>
    </form>
  );
}

interface EditCategoryFormProps {
  node: CategoryNode;
  tree: readonly CategoryNode[];
  onDone: (message: string | null) => void;
}

function EditCategoryForm({ node, tree, onDone }: EditCategoryFormProps) {
  const update = useUpdateCategory();
  const [name, setName] = useState(node.name);
  const [handle, setHandle] = useState(node.handle);
  const [description, setDescription] = useState(node.description ?? '');
  const [parentId, setParentId] = useState(node.parentId ?? '');
  const errors = getFormErrors(update.error, categoryFields, {
    codeMessages: {
      version_conflict:
        'Someone else changed this category meanwhile. Cancel to see the current tree, then try again.',
    },
  });
  const excluded = new Set([node.id, ...descendantIds(node)]);
  const nameRef = useRef<HTMLInputElement>(null);
  // Opened from its row's Edit button: keyboard users continue in the form.
  useEffect(() => nameRef.current?.focus(), []);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const moved = (parentId || null) !== node.parentId;
    update.mutate(
      {
        id: node.id,
        changes: {
          version: node.version,
          name: name.trim(),
          handle: handle.trim(),
          description: description.trim() || null,
          ...(moved ? { parentId: parentId || null } : {}),
        },
      },
      { onSuccess: (category) => onDone(`Category “${category.name}” saved.`) },
    );
  }

  return (
    <div className="ad-category-edit">
      <form className="ad-category-edit__form" onSubmit={submit} noValidate aria-label={`Edit ${node.name}`}>
        {errors.form ? <Alert tone="error">{errors.form}</Alert> : null}
        <div className="ad-category-new__fields">
          <TextField
            ref={nameRef}
            label="Name"
            required
            value={name}
            onChange={(event) => setName(event.target.value)}
            error={errors.fields.name}
          />
          <TextField
            label="Handle"
            value={handle}
            onChange={(event) => setHandle(event.target.value)}
            error={errors.fields.handle}
          />
          <ParentSelect
            tree={tree}
            value={parentId}
            onChange={setParentId}
            excluded={excluded}
            label="Move under"
            error={errors.fields.parentId}
          />
        </div>
        <TextAreaField
          label="Description"
          rows={3}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
          error={errors.fields.description}
        />
        <div className="ad-row-actions ad-row-actions--start">
          <Button type="submit" loading={update.isPending}>
            Save category
          </Button>
          <Button variant="secondary" onClick={() => onDone(null)}>
            Cancel
          </Button>
        </div>
      </form>
      <CategoryImageEditor node={node} />
    </div>
  );
}

interface TreeItemProps {
  node: CategoryNode;
  index: number;
  siblings: number;
  tree: readonly CategoryNode[];
  canWrite: boolean;
  expanded: ReadonlySet<string>;
  onToggle: (id: string) => void;
  editing: string | null;
  onEdit: (id: string | null) => void;
  onMove: (node: CategoryNode, position: number) => void;
  onDelete: (node: CategoryNode) => void;
  onMessage: (message: string) => void;
  busy: boolean;
}

function TreeItem(props: TreeItemProps) {
  const {
    node,
    index,
    siblings,
    tree,
    canWrite,
    expanded,
    onToggle,
    editing,
    onEdit,
    onMove,
    onDelete,
    busy,
  } = props;
  const hasChildren = node.children.length > 0;
  const isOpen = expanded.has(node.id);
  const groupId = `category-children-${node.id}`;
  return (
    <li className="ad-tree__item">
      <div className="ad-tree__row">
        {hasChildren ? (
          <button
            type="button"
            className="ad-tree__toggle"
            aria-expanded={isOpen}
            aria-controls={groupId}
            aria-label={`${isOpen ? 'Collapse' : 'Expand'} ${node.name}`}
            onClick={() => onToggle(node.id)}
          >
            <span aria-hidden="true">{isOpen ? '▾' : '▸'}</span>
          </button>
        ) : (
          <span className="ad-tree__toggle ad-tree__toggle--leaf" aria-hidden="true" />
        )}
        {node.image ? (
          <img
            className="ad-tree__thumb"
            src={node.image.thumbnails.small}
            alt=""
            width={40}
            height={40}
            loading="lazy"
          />
        ) : null}
        <span className="ad-tree__name">
          <strong>{node.name}</strong>
          <span className="ad-cell-sub">
            {node.handle}
            {hasChildren
              ? ` · ${node.children.length} sub-categor${node.children.length === 1 ? 'y' : 'ies'}`
              : ''}
          </span>
        </span>
        {canWrite ? (
          <span className="ad-tree__actions">
            <Button
              variant="ghost"
              size="sm"
              aria-label={`Edit ${node.name}`}
              aria-expanded={editing === node.id}
              onClick={() => onEdit(editing === node.id ? null : node.id)}
            >
              Edit
            </Button>
            <Button
              variant="ghost"
              size="sm"
              aria-label={`Move ${node.name} up`}
              disabled={busy || index === 0}
              onClick={() => onMove(node, index - 1)}
            >
              Move up
            </Button>
            <Button
              variant="ghost"
              size="sm"
              aria-label={`Move ${node.name} down`}
              disabled={busy || index === siblings - 1}
              onClick={() => onMove(node, index + 1)}
            >
              Move down
            </Button>
            <Button
              variant="ghost"
              size="sm"
              aria-label={`Delete ${node.name}`}
              onClick={() => onDelete(node)}
            >
              Delete
            </Button>
          </span>
        ) : null}
      </div>
      {editing === node.id ? (
        <EditCategoryForm
          node={node}
          tree={tree}
          onDone={(message) => {
            onEdit(null);
            if (message) props.onMessage(message);
          }}
        />
      ) : null}
      {hasChildren && isOpen ? (
        <ul id={groupId} className="ad-tree__group">
          {node.children.map((child, childIndex) => (
            <TreeItem
              key={child.id}
              {...props}
              node={child}
              index={childIndex}
              siblings={node.children.length}
            />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

export interface CategoryTreeEditorProps {
  tree: readonly CategoryNode[];
  canWrite: boolean;
}

/**
 * The category tree: expand and collapse, create, edit (name, handle, description, parent, picture), reorder
 * among siblings and delete. Every action is a button, usable from the keyboard.
 */
export function CategoryTreeEditor({ tree, canWrite }: CategoryTreeEditorProps) {
  const update = useUpdateCategory();
  const remove = useDeleteCategory();
  const [expanded, setExpanded] = useState<Set<string>>(() => new Set(tree.map((node) => node.id)));
  const [editing, setEditing] = useState<string | null>(null);
  const [toDelete, setToDelete] = useState<CategoryNode | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const actionError = update.error ?? remove.error;

  function toggle(id: string) {
    setExpanded((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  function move(node: CategoryNode, position: number) {
    setMessage(null);
    remove.reset();
    update.mutate(
      { id: node.id, changes: { version: node.version, position } },
      { onSuccess: () => setMessage(`“${node.name}” moved to position ${position + 1}.`) },
    );
  }

  function confirmDelete() {
    const node = toDelete;
    setToDelete(null);
    if (!node) return;
    setMessage(null);
    update.reset();
    remove.mutate(node.id, { onSuccess: () => setMessage(`Category “${node.name}” deleted.`) });
  }

  const allIds = flattenCategoryTree(tree).map((category) => category.id);

  return (
    <div className="ad-stack">
      {canWrite ? (
        <Card title="New category">
          <NewCategoryForm tree={tree} onCreated={(name) => setMessage(`Category “${name}” created.`)} />
        </Card>
      ) : null}
      <Card
        title="Category tree"
        actions={
          <span className="ad-row-actions">
            <Button variant="secondary" size="sm" onClick={() => setExpanded(new Set(allIds))}>
              Expand all
            </Button>
            <Button variant="secondary" size="sm" onClick={() => setExpanded(new Set())}>
              Collapse all
            </Button>
          </span>
        }
      >
        <div className="ad-tree__messages" aria-live="polite">
          {message ? <Alert tone="success">{message}</Alert> : null}
          {actionError ? (
            <Alert tone="error" title="The category was not changed">
              {getFormErrors(actionError, []).form}
            </Alert>
          ) : null}
        </div>
        {tree.length === 0 ? (
          <p className="ct-text-muted">No categories yet.{canWrite ? ' Create the first one above.' : ''}</p>
        ) : (
          <ul className="ad-tree" aria-label="Categories">
            {tree.map((node, index) => (
              <TreeItem
                key={node.id}
                node={node}
                index={index}
                siblings={tree.length}
                tree={tree}
                canWrite={canWrite}
                expanded={expanded}
                onToggle={toggle}
                editing={editing}
                onEdit={setEditing}
                onMove={move}
                onDelete={setToDelete}
                onMessage={setMessage}
                busy={update.isPending}
              />
            ))}
          </ul>
        )}
      </Card>
      <ConfirmDeleteDialog
        open={toDelete !== null}
        title={`Delete “${toDelete?.name ?? ''}”?`}
        confirmLabel="Delete category"
        onCancel={() => setToDelete(null)}
        onConfirm={confirmDelete}
        pending={remove.isPending}
      >
        <p>Products in this category stay in the catalog; they are only no longer listed under it.</p>
      </ConfirmDeleteDialog>
    </div>
  );
}
