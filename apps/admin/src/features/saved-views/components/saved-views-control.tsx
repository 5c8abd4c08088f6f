import { ApiError } from '@comptoir/sdk';
import { Alert, Button, SelectField, TextField } from '@comptoir/ui';
import { type FormEvent, useState } from 'react';
import { ConfirmDeleteDialog } from '../../../components/confirm-delete-dialog';
import { Dialog } from '../../../components/dialog';
import { describeError } from '../../../lib/describe-error';
import { getFormErrors } from '../../../lib/form-errors';
import { useFocusFirstInvalid } from '../../../lib/use-form-focus';
import { useCreateSavedView } from '../api/create-saved-view';
import { useDeleteSavedView } from '../api/delete-saved-view';
import { type SavedView, type SavedViewListName, useSavedViews } from '../api/list-saved-views';
import './saved-views.css';

/** A query string with its keys sorted: two views with the same filters in another order are the same view. */
function normalise(query: string): string {
  const params = new URLSearchParams(query);
  params.sort();
  return params.toString();
}

const unsaved = '__unsaved';
const nameMaxLength = 60;

export interface SavedViewsControlProps {
  list: SavedViewListName;
  /** The list's current filters as a view stores them (no leading "?"); empty for the whole list. */
  currentQuery: string;
  /** Shows a view's filters (`''`: the whole list). */
  onApply: (query: string) => void;
  /** e.g. "All orders". */
  allLabel: string;
}

/**
 * The employee's saved views of a list: a select that applies one, "Save view" for the current filters (a
 * name asked in a dialog; a name already used is said on the field) and "Delete view" for the one shown.
 */
export function SavedViewsControl({ list, currentQuery, onApply, allLabel }: SavedViewsControlProps) {
  const views = useSavedViews(list);
  const [saving, setSaving] = useState(false);
  const [deleting, setDeleting] = useState<SavedView | null>(null);
  const [notice, setNotice] = useState('');
  const remove = useDeleteSavedView();

  const items = views.data?.items ?? [];
  const current = currentQuery ? normalise(currentQuery) : '';
  const shown = current ? items.find((view) => normalise(view.query) === current) : undefined;
  const value = shown ? shown.id : current ? unsaved : '';

  const options = [
    { value: '', label: allLabel },
    ...items.map((view) => ({ value: view.id, label: view.name })),
    ...(value === unsaved ? [{ value: unsaved, label: 'Current filters (not saved)', disabled: true }] : []),
  ];

  function apply(id: string) {
    setNotice('');
    if (id === '') onApply('');
    const view = items.find((candidate) => candidate.id === id);
    if (view) onApply(view.query);
  }

  function confirmDelete() {
    if (!deleting) return;
    const name = deleting.name;
    remove.mutate(deleting, {
      onSuccess: () => {
        setDeleting(null);
        setNotice(`View “${name}” deleted.`);
      },
    });
  }

  return (
    <fieldset className="ad-saved-views">
      <legend className="ct-visually-hidden">Saved views</legend>
      <SelectField
        label="View"
        className="ad-saved-views__select"
        options={options}
        value={value}
        disabled={views.isPending}
        hint={views.isError ? 'Your saved views could not be loaded.' : undefined}
        onChange={(event) => apply(event.target.value)}
      />
      <div className="ad-saved-views__actions">
        {views.isError ? (
          <Button variant="ghost" size="sm" loading={views.isFetching} onClick={() => void views.refetch()}>
            Reload views
          </Button>
        ) : null}
        {value === unsaved ? (
          <Button
            variant="secondary"
            size="sm"
            onClick={() => {
              setNotice('');
              setSaving(true);
            }}
          >
            Save view
          </Button>
        ) : null}
        {shown ? (
          <Button
            variant="ghost"
            size="sm"
            onClick={() => {
              setNotice('');
              remove.reset();
              setDeleting(shown);
            }}
          >
            Delete view
          </Button>
        ) : null}
        <span className="ct-text-muted ad-saved-views__notice" aria-live="polite">
          {notice}
        </span>
      </div>

      <SaveViewDialog
        open={saving}
        list={list}
        query={currentQuery}
        onClose={() => setSaving(false)}
        onSaved={(view) => {
          setSaving(false);
          setNotice(`View “${view.name}” saved.`);
        }}
      />
      <ConfirmDeleteDialog
        open={deleting !== null}
        title={`Delete the view “${deleting?.name ?? ''}”?`}
        confirmLabel="Delete view"
        pending={remove.isPending}
        onCancel={() => setDeleting(null)}
        onConfirm={confirmDelete}
      >
        <p>Only the saved filters are deleted; no order changes.</p>
        {remove.isError ? (
          <Alert tone="error" title="The view was not deleted">
            {describeError(remove.error)}
          </Alert>
        ) : null}
      </ConfirmDeleteDialog>
    </fieldset>
  );
}

interface SaveViewDialogProps {
  open: boolean;
  list: SavedViewListName;
  query: string;
  onClose: () => void;
  onSaved: (view: SavedView) => void;
}

/** Asks the name of a new view; a name already used (409) and the API's field errors show on the form. */
function SaveViewDialog({ open, list, query, onClose, onSaved }: SaveViewDialogProps) {
  const [name, setName] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);
  const create = useCreateSavedView();
  const duplicate = create.error instanceof ApiError && create.error.status === 409;
  const apiErrors = duplicate ? { fields: {}, form: null } : getFormErrors(create.error, ['name'] as const);
  const nameError =
    localError ??
    (duplicate
      ? ((create.error as ApiError).detail ?? 'You already have a view with this name.')
      : (apiErrors.fields as { name?: string }).name);
  const formRef = useFocusFirstInvalid(localError ?? create.error);
  const formId = 'ad-save-view-form';

  function close() {
    setName('');
    setLocalError(null);
    create.reset();
    onClose();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      create.reset();
      setLocalError('Give the view a name.');
      return;
    }
    setLocalError(null);
    create.mutate(
      { list, name: trimmed, query },
      {
        onSuccess: (view) => {
          setName('');
          create.reset();
          onSaved(view);
        },
      },
    );
  }

  return (
    <Dialog
      open={open}
      title="Save these filters as a view"
      onClose={close}
      actions={
        <>
          <Button variant="secondary" onClick={close}>
            Cancel
          </Button>
          <Button type="submit" form={formId} loading={create.isPending}>
            Save view
          </Button>
        </>
      }
    >
      <form id={formId} ref={formRef} onSubmit={submit} noValidate className="ad-save-view-form">
        {apiErrors.form ? (
          <Alert tone="error" title="The view was not saved">
            {apiErrors.form}
          </Alert>
        ) : null}
        <TextField
          label="Name"
          hint="Only you see your views."
          maxLength={nameMaxLength}
          autoComplete="off"
          autoFocus
          value={name}
          error={nameError}
          onChange={(event) => setName(event.target.value)}
        />
      </form>
    </Dialog>
  );
}
