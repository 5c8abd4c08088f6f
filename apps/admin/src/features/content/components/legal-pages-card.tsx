import { Alert, Button, Card, CheckboxField } from '@comptoir/ui';
import type { FormEvent } from 'react';
import { CardState } from '../../../components/card-state';
import { SaveErrorAlert } from '../../../components/save-error-alert';
import { type LegalSettings, useLegal } from '../api/get-legal';
import { usePageChoices } from '../api/list-pages';
import { useSaveLegal } from '../api/save-legal';
import { errorAt, getContentErrors } from '../content-errors';
import { useDraftForm } from '../use-draft-form';
import { PageSelect } from './page-select';
import './content.css';

interface LegalValues {
  termsPageId: string;
  privacyPageId: string;
  requireTermsAcceptance: boolean;
}

const toLegalValues = (legal: LegalSettings): LegalValues => ({
  termsPageId: legal.termsPageId ?? '',
  privacyPageId: legal.privacyPageId ?? '',
  requireTermsAcceptance: legal.requireTermsAcceptance,
});

/** Which pages are the terms and the privacy policy, and whether checkout asks to accept the terms. */
export function LegalPagesCard() {
  const legal = useLegal();
  return (
    <Card
      title="Legal pages"
      description="Linked in the storefront footer; customers can be asked to accept the terms at checkout."
    >
      <CardState query={legal} label="the legal pages">
        {() =>
          legal.data ? <LegalPagesForm legal={legal.data} onReload={() => void legal.refetch()} /> : null
        }
      </CardState>
    </Card>
  );
}

function LegalPagesForm({ legal, onReload }: { legal: LegalSettings; onReload: () => void }) {
  const save = useSaveLegal();
  const form = useDraftForm(legal, legal.version, toLegalValues, save.isPending);
  const { values } = form;
  const pages = usePageChoices();
  const termsPage = pages.data?.items.find((page) => page.id === values.termsPageId);
  const setValues = (next: (previous: LegalValues) => LegalValues) => form.update(next);
  const errors = getContentErrors(save.error, (path) =>
    ['termsPageId', 'privacyPageId', 'requireTermsAcceptance'].includes(path),
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save.mutate({
      termsPageId: values.termsPageId || null,
      privacyPageId: values.privacyPageId || null,
      requireTermsAcceptance: values.requireTermsAcceptance,
      version: legal.version,
    });
  }

  return (
    <form className="ad-stack" onSubmit={submit} noValidate aria-label="Legal pages">
      <div className="ad-content-grid">
        <PageSelect
          label="Terms and conditions page"
          placeholder="No terms page"
          value={values.termsPageId}
          onChange={(termsPageId) => setValues((previous) => ({ ...previous, termsPageId }))}
          error={errorAt(errors.fields, 'termsPageId')}
        />
        <PageSelect
          label="Privacy policy page"
          placeholder="No privacy page"
          value={values.privacyPageId}
          onChange={(privacyPageId) => setValues((previous) => ({ ...previous, privacyPageId }))}
          error={errorAt(errors.fields, 'privacyPageId')}
        />
      </div>
      <CheckboxField
        label="Ask customers to accept the terms at checkout"
        hint="Needs a terms page; checkout asks only while that page is published."
        checked={values.requireTermsAcceptance}
        onChange={(event) =>
          setValues((previous) => ({ ...previous, requireTermsAcceptance: event.target.checked }))
        }
        error={errorAt(errors.fields, 'requireTermsAcceptance')}
      />
      {values.requireTermsAcceptance && termsPage?.status === 'draft' ? (
        <Alert tone="warning">
          The terms page is a draft: checkout asks customers to accept the terms only once it is published.
        </Alert>
      ) : null}
      <div aria-live="polite">
        {save.isSuccess && !form.dirty ? <Alert tone="success">Legal pages saved.</Alert> : null}
        {errors.form ? (
          <SaveErrorAlert
            title="The legal pages were not saved"
            conflict={errors.conflict}
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
      <div>
        <Button type="submit" variant="secondary" loading={save.isPending}>
          Save legal pages
        </Button>
      </div>
    </form>
  );
}
