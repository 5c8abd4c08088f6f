import { Alert, Button } from '@comptoir/ui';
import { type FormEvent, useState } from 'react';
import { TextAreaField } from '../../../components/text-area-field';
import { getFormErrors } from '../../../lib/form-errors';
import { useFocusFirstInvalid } from '../../../lib/use-form-focus';
import { useAddOrderNote } from '../api/add-order-note';

const maxLength = 2000;

/** Adds an internal note to the order's timeline; customers never see it. */
export function OrderNoteForm({ orderId }: { orderId: string }) {
  const [text, setText] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);
  const [added, setAdded] = useState(false);
  const addNote = useAddOrderNote();
  const apiErrors = getFormErrors(addNote.error, ['text'] as const);
  const fieldError = localError ?? apiErrors.fields.text;
  const formRef = useFocusFirstInvalid(localError ?? addNote.error);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAdded(false);
    const trimmed = text.trim();
    if (!trimmed) {
      addNote.reset();
      setLocalError('Write the note first.');
      return;
    }
    setLocalError(null);
    addNote.mutate(
      { id: orderId, text: trimmed, idempotencyKey: crypto.randomUUID() },
      {
        onSuccess: () => {
          setText('');
          setAdded(true);
        },
      },
    );
  }

  return (
    <form ref={formRef} className="ad-order-note-form" aria-label="Add a note" onSubmit={submit} noValidate>
      {apiErrors.form ? (
        <Alert tone="error" title="The note was not added">
          {apiErrors.form}
        </Alert>
      ) : null}
      <TextAreaField
        label="Internal note"
        hint="Only staff see notes; the customer never does."
        rows={3}
        maxLength={maxLength}
        value={text}
        error={fieldError}
        onChange={(event) => {
          setText(event.target.value);
          setAdded(false);
        }}
      />
      <div className="ad-order-note-form__actions">
        <Button type="submit" variant="secondary" loading={addNote.isPending}>
          Add note
        </Button>
        <span className="ct-text-muted" aria-live="polite">
          {added ? 'Note added to the timeline.' : ''}
        </span>
      </div>
    </form>
  );
}
