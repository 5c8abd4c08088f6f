import { Alert, Button, Card, SelectField, TextField } from '@comptoir/ui';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { ConfirmDeleteDialog } from '../../../components/confirm-delete-dialog';
import { SaveErrorAlert } from '../../../components/save-error-alert';
import { TextAreaField } from '../../../components/text-area-field';
import { UnsavedChangesDialog } from '../../../components/unsaved-changes-dialog';
import { describeError } from '../../../lib/describe-error';
import { useFocusFirstInvalid } from '../../../lib/use-form-focus';
import { useCreatePage } from '../api/create-page';
import { useDeletePage } from '../api/delete-page';
import type { ContentPage } from '../api/get-page';
import { useUpdatePage } from '../api/update-page';
import { errorAt, getContentErrors, isEdited } from '../content-errors';
import { useDraftForm, useLeaveGuard } from '../use-draft-form';
import { PageMarkdownField } from './page-markdown-field';
import './content.css';

interface PageValues {
  title: string;
  handle: string;
  markdown: string;
  seoTitle: string;
  seoDescription: string;
  status: 'draft' | 'published';
}

const pageFields = ['title', 'handle', 'markdown', 'seoTitle', 'seoDescription', 'status'];

function toPageValues(page: ContentPage | undefined): PageValues {
  return {
    title: page?.title ?? '',
    handle: page?.handle ?? '',
    markdown: page?.markdown ?? '',
    seoTitle: page?.seoTitle ?? '',
    seoDescription: page?.seoDescription ?? '',
    status: page?.status ?? 'draft',
  };
}

export interface PageEditorProps {
  /** The page being edited; undefined on the "new page" screen. */
  page?: ContentPage;
  onReload: () => void;
}

/** A CMS page: title, handle, Markdown with its preview, SEO and status; Create page / Save page, Delete. */
export function PageEditor({ page, onReload }: PageEditorProps) {
  const create = useCreatePage();
  const update = useUpdatePage();
  const remove = useDeletePage();
  const navigate = useNavigate();
  const mutation = page ? update : create;
  const form = useDraftForm(page, page?.version ?? 0, toPageValues, mutation.isPending);
  const guard = useLeaveGuard(form.dirty, mutation.isPending);
  const { values, edited } = form;
  const [confirmingDelete, setConfirmingDelete] = useState(false);

  const errors = getContentErrors(mutation.error, (path) => pageFields.includes(path));
  const fieldError = (path: string) => (isEdited(edited, path) ? undefined : errorAt(errors.fields, path));
  const formRef = useFocusFirstInvalid(mutation.error);
  const saved = page !== undefined && update.isSuccess && !form.dirty && !update.error;

  function set<K extends keyof PageValues>(key: K, value: PageValues[K]) {
    form.update((previous) => ({ ...previous, [key]: value }), key);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    form.clearEdited();
    const common = {
      title: values.title.trim(),
      markdown: values.markdown,
      seoTitle: values.seoTitle.trim() || null,
      seoDescription: values.seoDescription.trim() || null,
      status: values.status,
    };
    if (page) {
      update.mutate({
        id: page.id,
        changes: {
          ...common,
          ...(values.handle.trim() ? { handle: values.handle.trim() } : {}),
          version: page.version,
        },
      });
    } else {
      create.mutate(
        { ...common, ...(values.handle.trim() ? { handle: values.handle.trim() } : {}) },
        {
          onSuccess: (created) => {
            guard.allowLeave();
            navigate(`/content/pages/${encodeURIComponent(created.id)}`, {
              replace: true,
              state: { created: true },
            });
          },
        },
      );
    }
  }

  return (
    <form ref={formRef} className="ad-content-form" onSubmit={submit} noValidate aria-label="Page">
      <div aria-live="polite" className="ad-content-form__status">
        {saved ? <Alert tone="success">Page saved.</Alert> : null}
        {errors.form ? (
          <SaveErrorAlert
            title={page ? 'The page was not saved' : 'The page was not created'}
            conflict={errors.conflict}
            conflictTitle="The page changed elsewhere"
            reloadLabel="Reload"
            onReload={() => {
              update.reset();
              onReload();
            }}
          >
            {errors.form}
          </SaveErrorAlert>
        ) : null}
      </div>
      <Card title="Content">
        <div className="ad-stack">
          <TextField
            label="Title"
            required
            maxLength={200}
            value={values.title}
            onChange={(event) => set('title', event.target.value)}
            error={fieldError('title')}
          />
          <TextField
            label="Handle"
            spellCheck={false}
            autoComplete="off"
            hint={
              values.handle.trim()
                ? `The page’s address: /pages/${values.handle.trim()}`
                : 'The page’s address (/pages/…). Empty: made from the title.'
            }
            value={values.handle}
            onChange={(event) => set('handle', event.target.value)}
            error={fieldError('handle')}
          />
          <PageMarkdownField
            value={values.markdown}
            onChange={(markdown) => set('markdown', markdown)}
            error={fieldError('markdown')}
          />
        </div>
      </Card>
      <Card title="Search engines" description="How the page appears in search results. Optional.">
        <div className="ad-stack">
          <TextField
            label="SEO title"
            maxLength={70}
            hint={`${values.seoTitle.length}/70 characters. Empty: the page title.`}
            value={values.seoTitle}
            onChange={(event) => set('seoTitle', event.target.value)}
            error={fieldError('seoTitle')}
          />
          <TextAreaField
            label="SEO description"
            rows={3}
            maxLength={160}
            hint={`${values.seoDescription.length}/160 characters.`}
            value={values.seoDescription}
            onChange={(event) => set('seoDescription', event.target.value)}
            error={fieldError('seoDescription')}
          />
        </div>
      </Card>
      <Card title="Visibility">
        <SelectField
          label="Status"
          hint="Published pages are on the storefront at /pages/<handle>; drafts only here."
          options={[
            { value: 'draft', label: 'Draft' },
            { value: 'published', label: 'Published' },
          ]}
          value={values.status}
          onChange={(event) => set('status', event.target.value === 'published' ? 'published' : 'draft')}
          error={fieldError('status')}
        />
      </Card>
      <div className="ct-form-actions ad-content-form__actions">
        <Button type="submit" loading={mutation.isPending}>
          {page ? 'Save page' : 'Create page'}
        </Button>
        {page ? (
          <Button
            variant="danger"
            onClick={() => {
              remove.reset();
              setConfirmingDelete(true);
            }}
          >
            Delete page
          </Button>
        ) : null}
      </div>
      {page ? (
        <ConfirmDeleteDialog
          open={confirmingDelete}
          title={`Delete “${page.title}”?`}
          confirmLabel="Delete page"
          pending={remove.isPending}
          onCancel={() => setConfirmingDelete(false)}
          onConfirm={() =>
            remove.mutate(page.id, {
              onSuccess: () => {
                setConfirmingDelete(false);
                guard.allowLeave();
                navigate('/content/pages', { replace: true, state: { deleted: page.title } });
              },
            })
          }
        >
          <p>The page and its revisions are deleted. Menu links to it disappear from the storefront.</p>
          {remove.error ? (
            <Alert tone="error" title="The page was not deleted">
              {describeError(remove.error)}
            </Alert>
          ) : null}
        </ConfirmDeleteDialog>
      ) : null}
      <UnsavedChangesDialog blocker={guard.blocker}>
        <p>Your changes to this page are not saved. If you leave now, they are lost.</p>
      </UnsavedChangesDialog>
    </form>
  );
}
