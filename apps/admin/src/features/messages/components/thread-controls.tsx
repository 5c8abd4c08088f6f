import { Alert, Button, SelectField, type SelectOption } from '@comptoir/ui';
import { useState } from 'react';
import { getFormErrors } from '../../../lib/form-errors';
import type { Thread } from '../api/get-thread';
import { type ThreadStatus, threadStatuses } from '../api/list-threads';
import { useUpdateThread } from '../api/update-thread';
import { threadStatusLabels } from '../thread-labels';

const statusOptions = threadStatuses.map((status) => ({
  value: status,
  label: threadStatusLabels[status].label,
}));

export interface ThreadControlsProps {
  thread: Thread;
  /** The signed-in employee. */
  me: { id: string; name: string };
  /** Active colleagues who can be given the thread (empty when the employee may not list employees). */
  colleagues: readonly SelectOption[];
}

/**
 * Who handles the conversation and where it stands: the status, the assignee (with "Assign to me"), changed at
 * once (nothing is emailed). Says what changed, politely, and why a change was refused.
 */
export function ThreadControls({ thread, me, colleagues }: ThreadControlsProps) {
  const update = useUpdateThread();
  const [done, setDone] = useState('');
  const errors = getFormErrors(update.error, ['assigneeId', 'status'] as const);

  // While a change is on its way, the selects show it (the answer then confirms it).
  const pending = update.isPending ? update.variables : undefined;
  const status = pending?.status ?? thread.status;
  const assigneeId =
    pending && 'assigneeId' in pending ? (pending.assigneeId ?? '') : (thread.assignee?.id ?? '');

  const assigneeOptions: SelectOption[] = [
    { value: '', label: 'Unassigned' },
    { value: me.id, label: `Me (${me.name})` },
    ...colleagues.filter((option) => option.value !== me.id),
  ];
  if (thread.assignee && !assigneeOptions.some((option) => option.value === thread.assignee?.id)) {
    assigneeOptions.push({ value: thread.assignee.id, label: thread.assignee.name });
  }

  function change(changes: { status?: ThreadStatus; assigneeId?: string | null }, message: string) {
    setDone('');
    update.mutate({ id: thread.id, ...changes }, { onSuccess: () => setDone(message) });
  }

  function assign(id: string) {
    const name = assigneeOptions.find((option) => option.value === id)?.label ?? '';
    change({ assigneeId: id || null }, id ? `Assigned to ${id === me.id ? 'you' : name}.` : 'Unassigned.');
  }

  return (
    <div className="ad-thread-controls">
      {errors.form ? (
        <Alert tone="error" title="The change was not saved">
          {errors.form}
        </Alert>
      ) : null}
      <SelectField
        label="Status"
        options={statusOptions}
        value={status}
        error={errors.fields.status}
        hint={threadStatusLabels[status].hint}
        disabled={update.isPending}
        onChange={(event) => {
          const next = event.target.value as ThreadStatus;
          change({ status: next }, `Status changed to ${threadStatusLabels[next].label}.`);
        }}
      />
      <SelectField
        label="Assigned to"
        options={assigneeOptions}
        value={assigneeId}
        error={errors.fields.assigneeId}
        disabled={update.isPending}
        onChange={(event) => assign(event.target.value)}
      />
      {thread.assignee?.id !== me.id ? (
        <Button variant="secondary" size="sm" disabled={update.isPending} onClick={() => assign(me.id)}>
          Assign to me
        </Button>
      ) : (
        <Button variant="ghost" size="sm" disabled={update.isPending} onClick={() => assign('')}>
          Unassign
        </Button>
      )}
      <p className="ct-text-muted ad-thread-controls__notice" aria-live="polite">
        {done}
      </p>
    </div>
  );
}
