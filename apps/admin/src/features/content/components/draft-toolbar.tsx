import { Alert } from '@comptoir/ui';
import { SaveErrorAlert } from '../../../components/save-error-alert';
import type { ContentErrors } from '../content-errors';
import { type DraftStatus, PublishBar } from './publish-bar';

/** The parts of the save and publish mutations the toolbar drives. */
interface DraftMutations {
  save: { isPending: boolean; isSuccess: boolean; error: unknown; reset: () => void };
  publish: {
    isPending: boolean;
    isSuccess: boolean;
    error: unknown;
    reset: () => void;
    mutate: (version: number) => void;
  };
}

export interface DraftToolbarProps extends DraftMutations {
  /** What is being edited, in the messages: "branding", "homepage". */
  noun: string;
  status: DraftStatus;
  /** The draft version shown: Publish sends it, so a draft changed since is refused. */
  version: number;
  dirty: boolean;
  errors: ContentErrors;
  onReload: () => void;
}

/**
 * Save draft / Preview / Publish of a draft-and-publish screen, with what happened: saved, published, or why not
 * (a version conflict offers Reload). Shared by Branding and Homepage.
 */
export function DraftToolbar({
  noun,
  status,
  version,
  dirty,
  errors,
  save,
  publish,
  onReload,
}: DraftToolbarProps) {
  const saved = save.isSuccess && !dirty && !save.error && !publish.error;
  return (
    <>
      <PublishBar
        status={status}
        dirty={dirty}
        saving={save.isPending}
        publishing={publish.isPending}
        onPublish={() => {
          save.reset();
          publish.mutate(version);
        }}
      />
      <div aria-live="polite" className="ad-content-form__status">
        {saved ? <Alert tone="success">Draft saved. Preview it, then publish when ready.</Alert> : null}
        {publish.isSuccess && !dirty ? (
          <Alert tone="success">{`Published: customers see the new ${noun} within a minute.`}</Alert>
        ) : null}
        {errors.form ? (
          <SaveErrorAlert
            title={publish.error ? `The ${noun} was not published` : 'The draft was not saved'}
            conflict={errors.conflict}
            conflictTitle={`The ${noun} changed elsewhere`}
            reloadLabel="Reload"
            onReload={() => {
              save.reset();
              publish.reset();
              onReload();
            }}
          >
            {errors.form}
          </SaveErrorAlert>
        ) : null}
      </div>
    </>
  );
}
