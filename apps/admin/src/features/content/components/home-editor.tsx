import { Badge, Button, Card, EmptyState } from '@comptoir/ui';
import {
  type FocusEvent,
  type FormEvent,
  type KeyboardEvent,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import { UnsavedChangesDialog } from '../../../components/unsaved-changes-dialog';
import { formatDateTime } from '../../../lib/format-date';
import type { AdminHome, HomeSection, HomeSectionType } from '../api/get-home';
import { usePublishHome } from '../api/publish-home';
import { useSaveHome } from '../api/save-home';
import type { ContentImage } from '../api/upload-content-image';
import { getContentErrors } from '../content-errors';
import {
  createSection,
  scheduleState,
  sectionSummary,
  sectionTypeLabel,
  sectionTypes,
} from '../home-sections';
import { useDraftForm, useLeaveGuard } from '../use-draft-form';
import { DraftToolbar } from './draft-toolbar';
import { SectionEditorDialog, type SectionErrors } from './section-editor';
import { DragHandleButton, MoveButtons, moveItem, SortableList } from './sortable-list';
import './content.css';

/** The most sections a homepage may have (the API refuses more). */
const maxSections = 20;

const toValues = (home: AdminHome) => ({ sections: home.draft });

/** The section's field errors from the API (`sections.N.field…` → `field…`), by index. */
function errorsBySection(fields: ReadonlyMap<string, string>): Map<number, Map<string, string>> {
  const found = new Map<number, Map<string, string>>();
  for (const [path, message] of fields) {
    const match = /^sections\.(\d+)(?:\.(.*))?$/.exec(path);
    if (!match) continue;
    const index = Number(match[1]);
    const errors = found.get(index) ?? new Map<string, string>();
    errors.set(match[2] ?? '', message);
    found.set(index, errors);
  }
  return found;
}

function ScheduleBadge({ section }: { section: HomeSection }) {
  const state = scheduleState(section);
  if (state === 'always') return <Badge tone="success">Showing</Badge>;
  if (state === 'ended') return <Badge tone="neutral">Ended {formatDateTime(section.endsAt)}</Badge>;
  if (state === 'showing') {
    return (
      <Badge tone="success">
        {section.endsAt ? `Showing until ${formatDateTime(section.endsAt)}` : 'Showing'}
      </Badge>
    );
  }
  return (
    <Badge tone="info">
      Scheduled from {formatDateTime(section.startsAt)}
      {section.endsAt ? ` to ${formatDateTime(section.endsAt)}` : ''}
    </Badge>
  );
}

export interface HomeEditorProps {
  home: AdminHome;
  onReload: () => void;
}

/**
 * The homepage draft: its sections in order (drag, or Move up / Move down), each edited in a dialog; Save draft,
 * Preview and Publish. Errors the API finds in a section show on its card and in its dialog.
 */
export function HomeEditor({ home, onReload }: HomeEditorProps) {
  const save = useSaveHome();
  const publish = usePublishHome();
  const form = useDraftForm(home, home.version, toValues, save.isPending);
  const guard = useLeaveGuard(form.dirty, save.isPending);
  const sections = form.values.sections;
  const [images, setImages] = useState<ContentImage[]>(home.images);
  const [editing, setEditing] = useState<{ section: HomeSection; isNew: boolean } | null>(null);
  const [menuOpen, setMenuOpen] = useState(false);
  const menuId = useId();
  const menuButtonRef = useRef<HTMLButtonElement>(null);
  const menuListRef = useRef<HTMLUListElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  // Escape closes the menu (focus back on its button); focus leaving it (Tab away, a click elsewhere) too.
  const menuKeys = {
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !menuOpen) return;
      event.preventDefault();
      setMenuOpen(false);
      menuButtonRef.current?.focus();
    },
    onBlur: (event: FocusEvent) => {
      // Only a focus that moved elsewhere: Safari gives no related target when a click does not focus.
      const next = event.relatedTarget as Node | null;
      if (next && !menuRef.current?.contains(next)) setMenuOpen(false);
    },
  };
  // The menu opens with focus on its first type, so the keyboard goes on from there.
  useEffect(() => {
    if (!menuOpen) return;
    menuListRef.current?.querySelector('button')?.focus();
    const closeOutside = (event: PointerEvent) => {
      if (!menuRef.current?.contains(event.target as Node)) setMenuOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [menuOpen]);

  const failure = save.error ?? publish.error;
  const errors = getContentErrors(failure, (path) => /^sections\.\d+/.test(path));
  // Errors follow their section by id (the list may have been reordered since the save).
  const savedOrder = save.variables?.sections.map((section) => section.id) ?? [];
  const byIndex = errorsBySection(errors.fields);
  const errorsFor = (id: string): SectionErrors =>
    form.edited.has(id) ? new Map() : (byIndex.get(savedOrder.indexOf(id)) ?? new Map());

  function setSections(next: HomeSection[], editedId?: string) {
    form.update(() => ({ sections: next }), editedId);
  }

  function addSection(type: HomeSectionType) {
    setMenuOpen(false);
    setEditing({ section: createSection(type), isNew: true });
  }

  function apply(section: HomeSection) {
    if (editing?.isNew) setSections([...sections, section], section.id);
    else
      setSections(
        sections.map((item) => (item.id === section.id ? section : item)),
        section.id,
      );
    setEditing(null);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    publish.reset();
    form.clearEdited();
    save.mutate({ sections, version: home.version });
  }

  // After a refused save, keyboard and screen-reader users land on the first section in error ("Edit" it).
  const sectionsRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!save.error) return;
    sectionsRef.current
      ?.querySelector<HTMLButtonElement>('.ad-section-card--invalid .ad-section-card__edit')
      ?.focus();
  }, [save.error]);

  return (
    <>
      <form className="ad-content-form" onSubmit={submit} noValidate aria-label="Homepage">
        <DraftToolbar
          noun="homepage"
          status={home}
          version={home.version}
          dirty={form.dirty}
          errors={errors}
          save={save}
          publish={publish}
          onReload={onReload}
        />

        <Card
          title="Sections"
          description="From the top of the homepage down. Drag a section by its handle, or use Move up and Move down."
          actions={
            <div className="ad-add-menu" ref={menuRef}>
              <Button
                ref={menuButtonRef}
                {...menuKeys}
                variant="secondary"
                aria-expanded={menuOpen}
                aria-controls={menuId}
                disabled={sections.length >= maxSections}
                onClick={() => setMenuOpen((open) => !open)}
              >
                Add section
              </Button>
              {menuOpen ? (
                <ul ref={menuListRef} id={menuId} className="ad-add-menu__list" aria-label="Section types">
                  {sectionTypes.map((entry) => (
                    <li key={entry.type}>
                      <button
                        type="button"
                        className="ad-add-menu__item"
                        {...menuKeys}
                        onClick={() => addSection(entry.type)}
                      >
                        <span className="ad-add-menu__label">{entry.label}</span>
                        <span className="ad-cell-sub">{entry.description}</span>
                      </button>
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
          }
        >
          {sections.length === 0 ? (
            <EmptyState
              headingLevel={3}
              title="No sections yet"
              description="Until you publish sections, the storefront shows its built-in homepage. Add a hero to start."
            />
          ) : (
            <div ref={sectionsRef}>
              <SortableList
                label="Homepage sections"
                items={sections}
                onReorder={(next) => setSections(next)}
                renderItem={(section, index, drag) => {
                  const name = `${sectionTypeLabel(section.type)}: ${sectionSummary(section)}`;
                  const sectionErrors = errorsFor(section.id);
                  return (
                    <article
                      className={`ad-section-card${sectionErrors.size > 0 ? ' ad-section-card--invalid' : ''}`}
                      aria-label={name}
                    >
                      <DragHandleButton drag={drag} name={name} />
                      <div className="ad-section-card__main">
                        <p className="ad-section-card__type">
                          {sectionTypeLabel(section.type)} <ScheduleBadge section={section} />
                        </p>
                        <p className="ad-section-card__summary">{sectionSummary(section)}</p>
                        {sectionErrors.size > 0 ? (
                          <ul className="ad-section-card__errors">
                            {[...sectionErrors.values()].map((message) => (
                              <li key={message} className="ct-field__error">
                                {message}
                              </li>
                            ))}
                          </ul>
                        ) : null}
                      </div>
                      <div className="ad-section-card__actions">
                        <Button
                          className="ad-section-card__edit"
                          variant="secondary"
                          size="sm"
                          aria-label={`Edit ${name}`}
                          onClick={() => setEditing({ section, isNew: false })}
                        >
                          Edit
                        </Button>
                        <MoveButtons
                          index={index}
                          count={sections.length}
                          name={name}
                          onMove={(to) => setSections(moveItem(sections, index, to))}
                        />
                        <Button
                          variant="ghost"
                          size="sm"
                          aria-label={`Delete ${name}`}
                          onClick={() => setSections(sections.filter((item) => item.id !== section.id))}
                        >
                          Delete
                        </Button>
                      </div>
                    </article>
                  );
                }}
              />
            </div>
          )}
        </Card>
        <UnsavedChangesDialog blocker={guard.blocker}>
          <p>Your homepage changes are not saved. If you leave now, they are lost.</p>
        </UnsavedChangesDialog>
      </form>
      <SectionEditorDialog
        section={editing?.section ?? null}
        isNew={editing?.isNew ?? false}
        images={images}
        errors={editing ? errorsFor(editing.section.id) : new Map()}
        onImageUploaded={(image) => setImages((previous) => [...previous, image])}
        onApply={apply}
        onCancel={() => setEditing(null)}
      />
    </>
  );
}
