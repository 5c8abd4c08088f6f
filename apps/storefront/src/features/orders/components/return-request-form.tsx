import { ApiError } from '@comptoir/sdk';
import { Alert, Button, CheckboxField, SelectField, VisuallyHidden } from '@comptoir/ui';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { TextAreaField } from '../../../components/text-area-field';
import { describeError } from '../../../lib/describe-error';
import type { NewReturn, Order, OrderItem, ReturnReason } from '../api/order-types';
import { returnReasonLabels } from '../return-labels';

/** The longest comment the API takes. */
const commentMaxLength = 1000;

const reasonOptions = (Object.keys(returnReasonLabels) as ReturnReason[]).map((value) => ({
  value,
  label: returnReasonLabels[value],
}));

type Field = 'items' | 'reason' | 'comment';

interface ReturnFormErrors {
  form: string | null;
  fields: Partial<Record<Field, string>>;
  /** By order line id. */
  lines: Record<string, string>;
}

/**
 * Reads the API's answer to a return request as messages: `items.N.…` errors belong to the N-th line sent
 * (`sent`), `reason` and `comment` to their fields; the problem's detail (why the return is not allowed)
 * goes on top.
 */
function readReturnErrors(error: unknown, sent: readonly string[]): ReturnFormErrors {
  const result: ReturnFormErrors = { form: null, fields: {}, lines: {} };
  if (!error) return result;
  if (!(error instanceof ApiError) || error.errors.length === 0) {
    return { ...result, form: describeError(error) };
  }
  const other: string[] = [];
  for (const { path, message } of error.errors) {
    const parts = path
      .replace(/^\/+/, '')
      .replace(/^body[./]/, '')
      .split(/[./[\]]+/);
    const [name, index] = parts;
    const lineId = name === 'items' && index !== undefined ? sent[Number(index)] : undefined;
    if (lineId) result.lines[lineId] ??= message;
    else if (name === 'items' || name === 'reason' || name === 'comment') result.fields[name] ??= message;
    else other.push(message);
  }
  const lead =
    error.code === 'return_not_allowed' && error.detail ? error.detail : 'Check the highlighted fields.';
  return { ...result, form: [lead, ...other].join(' ') };
}

export interface ReturnRequestFormProps {
  order: Order;
  onSubmit: (request: NewReturn) => void;
  onCancel: () => void;
  isSubmitting: boolean;
  /** The API's answer to the last submission, if it failed. */
  error: unknown;
}

/**
 * Asks to return items of an order: which lines and how many units of each (at most what is returnable now),
 * a reason and an optional comment. The API's messages show on the line, field or form they are about; a
 * line's message is hidden once the customer changes it.
 */
export function ReturnRequestForm({
  order,
  onSubmit,
  onCancel,
  isSubmitting,
  error,
}: ReturnRequestFormProps) {
  const returnable = order.items.filter((item) => item.returnableQuantity > 0);
  const formRef = useRef<HTMLFormElement>(null);
  const itemsErrorId = useId();
  // Units to return by line id; a line is chosen when it is here.
  const [chosen, setChosen] = useState<Record<string, number>>(() =>
    returnable.length === 1 && returnable[0] ? { [returnable[0].id]: returnable[0].returnableQuantity } : {},
  );
  const [reason, setReason] = useState<ReturnReason | ''>('');
  const [comment, setComment] = useState('');
  const [sent, setSent] = useState<string[]>([]);
  const [checkErrors, setCheckErrors] = useState<Partial<Record<Field, string>>>({});
  const [edited, setEdited] = useState<ReadonlySet<string>>(() => new Set());
  const [focusRequest, setFocusRequest] = useState(0);
  const [lastError, setLastError] = useState(error);
  if (lastError !== error) {
    // A new answer: show all of its messages again, and take the customer to the first one.
    setLastError(error);
    setEdited(new Set());
    if (error) setFocusRequest((count) => count + 1);
  }
  const apiErrors = readReturnErrors(error, sent);

  useEffect(() => {
    // Opened by the customer: start in it, where the button that opened it was.
    formRef.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, []);

  useEffect(() => {
    if (focusRequest === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusRequest]);

  const fieldError = (field: Field) =>
    checkErrors[field] ?? (edited.has(field) ? undefined : apiErrors.fields[field]);
  const lineError = (lineId: string) => (edited.has(lineId) ? undefined : apiErrors.lines[lineId]);

  function markEdited(...keys: string[]) {
    setEdited((previous) => new Set([...previous, ...keys]));
    setCheckErrors((previous) => {
      const next = { ...previous };
      for (const key of keys) delete next[key as Field];
      return next;
    });
  }

  function toggleLine(item: OrderItem, checked: boolean) {
    setChosen((previous) => {
      const next = { ...previous };
      if (checked) next[item.id] = item.returnableQuantity;
      else delete next[item.id];
      return next;
    });
    markEdited(item.id, 'items');
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const lines = returnable.filter((item) => chosen[item.id] !== undefined);
    const problems: Partial<Record<Field, string>> = {
      items: lines.length === 0 ? 'Choose at least one item to return.' : undefined,
      reason: reason === '' ? 'Choose the reason for your return.' : undefined,
    };
    setCheckErrors(problems);
    if (problems.items || problems.reason || reason === '') {
      setFocusRequest((count) => count + 1);
      return;
    }
    setSent(lines.map((item) => item.id));
    const trimmed = comment.trim();
    onSubmit({
      items: lines.map((item) => ({ lineId: item.id, quantity: chosen[item.id] ?? 1 })),
      reason,
      ...(trimmed ? { comment: trimmed } : {}),
    });
  }

  const itemsError = fieldError('items');
  return (
    <form
      ref={formRef}
      className="ct-form sf-return-form"
      onSubmit={handleSubmit}
      noValidate
      aria-label="Request a return"
    >
      {apiErrors.form ? <Alert tone="error">{apiErrors.form}</Alert> : null}
      <fieldset className="sf-return-form__items">
        <legend className="ct-field__label">Items to return</legend>
        {itemsError ? (
          <p className="ct-field__error" id={itemsErrorId}>
            {itemsError}
          </p>
        ) : null}
        <ul className="sf-return-form__lines">
          {returnable.map((item, index) => {
            const quantity = chosen[item.id];
            const error = lineError(item.id);
            const withQuantity = quantity !== undefined && item.returnableQuantity > 1;
            return (
              <li key={item.id} className="sf-return-form__line">
                <CheckboxField
                  label={item.title}
                  hint={[
                    item.variantTitle,
                    item.returnableQuantity > 1 ? `up to ${item.returnableQuantity}` : '1 unit',
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                  checked={quantity !== undefined}
                  onChange={(event) => toggleLine(item, event.target.checked)}
                  error={withQuantity ? undefined : error}
                  // The "choose an item" message is about the list: the first box points to it.
                  {...(index === 0 && itemsError
                    ? { 'aria-invalid': true, 'aria-describedby': itemsErrorId }
                    : {})}
                />
                {withQuantity ? (
                  <SelectField
                    className="sf-return-form__quantity"
                    label={
                      <>
                        Quantity<VisuallyHidden> of {item.title} to return</VisuallyHidden>
                      </>
                    }
                    value={String(quantity)}
                    onChange={(event) => {
                      const units = Number(event.target.value);
                      setChosen((previous) => ({ ...previous, [item.id]: units }));
                      markEdited(item.id);
                    }}
                    options={Array.from({ length: item.returnableQuantity }, (_, unit) => ({
                      value: String(unit + 1),
                      label: String(unit + 1),
                    }))}
                    error={error}
                  />
                ) : null}
              </li>
            );
          })}
        </ul>
      </fieldset>
      <SelectField
        label="Reason"
        required
        placeholder="Choose a reason"
        options={reasonOptions}
        value={reason}
        onChange={(event) => {
          setReason(event.target.value as ReturnReason | '');
          markEdited('reason');
        }}
        error={fieldError('reason')}
      />
      <TextAreaField
        label="Comment"
        hint="Optional. Anything that helps us, e.g. what is damaged."
        maxLength={commentMaxLength}
        value={comment}
        onChange={(event) => {
          setComment(event.target.value);
          markEdited('comment');
        }}
        error={fieldError('comment')}
      />
      <div className="ct-form-actions">
        <Button type="submit" loading={isSubmitting}>
          Send return request
        </Button>
        <Button variant="ghost" onClick={onCancel} disabled={isSubmitting}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
