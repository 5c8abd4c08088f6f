import { Button, Card, SelectField, TextField } from '@comptoir/ui';
import { type FormEvent, useState } from 'react';
import { UnsavedChangesDialog } from '../../../components/unsaved-changes-dialog';
import { useFocusFirstInvalid } from '../../../lib/use-form-focus';
import type { AdminTheme } from '../api/get-theme';
import { usePublishTheme } from '../api/publish-theme';
import { useSaveTheme } from '../api/save-theme';
import {
  type BrandingValues,
  type ColourKey,
  isBrandingErrorShown,
  nextRowKey,
  type SocialNetwork,
  socialNetworks,
  toBrandingValues,
  toThemeUpdate,
} from '../branding-values';
import { errorAt, getContentErrors, isEdited } from '../content-errors';
import { fromLinkDraft } from '../content-link';
import { useDraftForm, useLeaveGuard } from '../use-draft-form';
import { ColourField } from './colour-field';
import { ContentImageField } from './content-image-field';
import { ContrastSwatch } from './contrast-swatch';
import { DraftToolbar } from './draft-toolbar';
import { LinkField } from './link-field';
import { ScheduleFields } from './schedule-fields';
import './content.css';

const colourFields: { key: ColourKey; label: string; pickerLabel: string; hint: string }[] = [
  {
    key: 'primary',
    label: 'Primary colour',
    pickerLabel: 'Colour picker: primary',
    hint: 'Buttons and links.',
  },
  {
    key: 'onPrimary',
    label: 'Text on primary',
    pickerLabel: 'Colour picker: primary text',
    hint: 'Text on primary buttons.',
  },
  {
    key: 'accent',
    label: 'Accent colour',
    pickerLabel: 'Colour picker: accent',
    hint: 'The announcement bar and highlights.',
  },
  {
    key: 'onAccent',
    label: 'Text on accent',
    pickerLabel: 'Colour picker: accent text',
    hint: 'Text on the accent colour.',
  },
];

export interface BrandingFormProps {
  theme: AdminTheme;
  /** Loads the branding as it is now (after a version conflict). */
  onReload: () => void;
}

/**
 * The store's branding draft: logo and favicon, colours with their contrast, fonts, social links and the
 * announcement bar; Save draft, Preview and Publish. The API's field errors show on their fields.
 */
export function BrandingForm({ theme, onReload }: BrandingFormProps) {
  const save = useSaveTheme();
  const publish = usePublishTheme();
  const form = useDraftForm(theme, theme.version, toBrandingValues, save.isPending);
  const guard = useLeaveGuard(form.dirty, save.isPending);
  const { values, update, edited } = form;
  const [linkError, setLinkError] = useState<string | null>(null);

  const failure = save.error ?? publish.error;
  const errors = getContentErrors(failure, isBrandingErrorShown);
  const fieldError = (path: string) => (isEdited(edited, path) ? undefined : errorAt(errors.fields, path));
  const listError = edited.has('socialLinks') ? undefined : errors.fields.get('socialLinks');
  const formRef = useFocusFirstInvalid(failure ?? linkError);
  const fontPair = theme.fontPairs.find((pair) => pair.key === values.fontPair);

  function set<K extends keyof BrandingValues>(key: K, value: BrandingValues[K], path: string = key) {
    update((previous) => ({ ...previous, [key]: value }), path);
  }
  function setColour(key: ColourKey, value: string) {
    update((previous) => ({ ...previous, colors: { ...previous.colors, [key]: value } }), `colors.${key}`);
  }
  function setAnnouncement(changes: Partial<BrandingValues['announcement']>, path: string) {
    update(
      (previous) => ({ ...previous, announcement: { ...previous.announcement, ...changes } }),
      `announcement.${path}`,
    );
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { announcement } = values;
    if (announcement.enabled && announcement.linkEnabled && !fromLinkDraft(announcement.link)) {
      setLinkError('Choose where the link leads, or choose “No link”.');
      return;
    }
    setLinkError(null);
    publish.reset();
    form.clearEdited();
    save.mutate(toThemeUpdate(values, theme.version));
  }

  return (
    <form ref={formRef} className="ad-content-form" onSubmit={submit} noValidate aria-label="Branding">
      <DraftToolbar
        noun="branding"
        status={theme}
        version={theme.version}
        dirty={form.dirty}
        errors={errors}
        save={save}
        publish={publish}
        onReload={onReload}
      />

      <Card title="Logo and favicon">
        <div className="ad-content-grid">
          <ContentImageField
            label="Logo"
            uploadLabel="Upload logo"
            hint="Shown in the storefront header instead of the store name."
            image={values.logo}
            onChange={(image) => set('logo', image, 'logoImageId')}
            error={fieldError('logoImageId')}
          />
          <ContentImageField
            label="Favicon"
            uploadLabel="Upload favicon"
            hint="The small square icon of browser tabs."
            image={values.favicon}
            onChange={(image) => set('favicon', image, 'faviconImageId')}
            error={fieldError('faviconImageId')}
          />
        </div>
      </Card>

      <Card
        title="Colours"
        description="Text must reach a contrast of 4.5:1 on its colour so every customer can read it."
      >
        <div className="ad-content-grid">
          {colourFields.map((field) => (
            <ColourField
              key={field.key}
              label={field.label}
              pickerLabel={field.pickerLabel}
              hint={field.hint}
              value={values.colors[field.key]}
              onChange={(value) => setColour(field.key, value)}
              error={fieldError(`colors.${field.key}`)}
            />
          ))}
        </div>
        <div className="ad-content-grid ad-content-grid--swatches">
          <ContrastSwatch
            title="Primary button"
            background={values.colors.primary}
            foreground={values.colors.onPrimary}
            sample="Add to cart"
          />
          <ContrastSwatch
            title="Accent"
            background={values.colors.accent}
            foreground={values.colors.onAccent}
            sample="Free delivery this week"
          />
        </div>
      </Card>

      <Card title="Fonts">
        <SelectField
          label="Font pair"
          hint="Fonts already on customers’ devices: nothing to download, pages stay fast."
          options={theme.fontPairs.map((pair) => ({ value: pair.key, label: pair.label }))}
          value={values.fontPair}
          onChange={(event) => set('fontPair', event.target.value as BrandingValues['fontPair'])}
          error={fieldError('fontPair')}
        />
        {fontPair ? (
          <div className="ad-font-sample">
            <p className="ad-font-sample__heading" style={{ fontFamily: fontPair.heading }}>
              Handmade linen for every home
            </p>
            <p className="ad-font-sample__body" style={{ fontFamily: fontPair.body }}>
              Soft, breathable and made to last. Free delivery from 50 €.
            </p>
          </div>
        ) : null}
      </Card>

      <Card title="Social links" description="Shown in the storefront footer.">
        {values.socialLinks.length === 0 ? <p className="ct-text-muted">No social links yet.</p> : null}
        <ul className="ad-content-rows">
          {values.socialLinks.map((link, index) => {
            const networkLabel = socialNetworks.find((n) => n.value === link.network)?.label ?? link.network;
            const setRow = (changes: Partial<typeof link>) =>
              set(
                'socialLinks',
                values.socialLinks.map((row) => (row.key === link.key ? { ...row, ...changes } : row)),
                `socialLinks.${index}`,
              );
            return (
              <li key={link.key} className="ad-content-row">
                <SelectField
                  label="Network"
                  options={socialNetworks}
                  value={link.network}
                  onChange={(event) => setRow({ network: event.target.value as SocialNetwork })}
                  error={fieldError(`socialLinks.${index}.network`)}
                />
                <TextField
                  label={`${networkLabel} address`}
                  type="url"
                  inputMode="url"
                  placeholder="https://"
                  className="ad-content-row__grow"
                  value={link.url}
                  onChange={(event) => setRow({ url: event.target.value })}
                  error={
                    fieldError(`socialLinks.${index}.url`) ??
                    (isEdited(edited, `socialLinks.${index}`)
                      ? undefined
                      : errors.fields.get(`socialLinks.${index}`))
                  }
                />
                <Button
                  variant="ghost"
                  size="sm"
                  className="ad-content-row__remove"
                  onClick={() =>
                    set(
                      'socialLinks',
                      values.socialLinks.filter((row) => row.key !== link.key),
                      'socialLinks',
                    )
                  }
                >
                  Remove {networkLabel} link
                </Button>
              </li>
            );
          })}
        </ul>
        {listError ? <p className="ct-field__error">{listError}</p> : null}
        <Button
          variant="secondary"
          size="sm"
          disabled={values.socialLinks.length >= 10}
          onClick={() =>
            set(
              'socialLinks',
              [...values.socialLinks, { key: nextRowKey(), network: 'instagram', url: '' }],
              'socialLinks',
            )
          }
        >
          Add social link
        </Button>
      </Card>

      <Card title="Announcement bar" description="A short message above the storefront header, for a while.">
        {values.announcement.enabled ? (
          <div className="ad-stack">
            <TextField
              label="Announcement"
              maxLength={200}
              hint={`${values.announcement.text.length}/200 characters.`}
              value={values.announcement.text}
              onChange={(event) => setAnnouncement({ text: event.target.value }, 'text')}
              error={fieldError('announcement.text')}
            />
            <LinkField
              legend="Announcement link"
              optional
              enabled={values.announcement.linkEnabled}
              onEnabledChange={(linkEnabled) => {
                setLinkError(null);
                setAnnouncement({ linkEnabled }, 'link');
              }}
              value={values.announcement.link}
              onChange={(link) => {
                setLinkError(null);
                setAnnouncement({ link }, 'link');
              }}
              error={linkError ?? fieldError('announcement.link')}
            />
            <ScheduleFields
              startLabel="Starts"
              endLabel="Ends"
              values={values.announcement}
              onChange={({ startsAt, endsAt }) =>
                setAnnouncement(
                  { startsAt, endsAt },
                  startsAt !== values.announcement.startsAt ? 'startsAt' : 'endsAt',
                )
              }
              errors={{
                startsAt: fieldError('announcement.startsAt'),
                endsAt: fieldError('announcement.endsAt'),
              }}
            />
            <div>
              <Button variant="ghost" size="sm" onClick={() => setAnnouncement({ enabled: false }, 'text')}>
                Clear announcement
              </Button>
            </div>
          </div>
        ) : (
          <div className="ad-stack">
            <p className="ct-text-muted">No announcement.</p>
            <div>
              <Button
                variant="secondary"
                size="sm"
                onClick={() => setAnnouncement({ enabled: true }, 'text')}
              >
                Add announcement
              </Button>
            </div>
          </div>
        )}
      </Card>

      <UnsavedChangesDialog blocker={guard.blocker}>
        <p>Your branding changes are not saved. If you leave now, they are lost.</p>
      </UnsavedChangesDialog>
    </form>
  );
}
