import { SelectField, type SelectOption, TextField } from '@comptoir/ui';
import { useMemo, useState } from 'react';
import { PagedList } from '../../../components/paged-list';
import { dayBoundary } from '../../../lib/format-date';
import { useDebouncedSearch } from '../../../lib/use-debounced-value';
import { useAuditLog } from '../api/list-audit-entries';
import { AuditLogTable } from './audit-log-table';
import './audit-log.css';

export interface AuditLogProps {
  /** Employees and API keys to filter by; actors seen in the loaded entries are added. */
  actorOptions: readonly SelectOption[];
}

const noFilters = { action: '', actorId: '', fromDay: '', toDay: '' };

/** The audit log with its filters: action text (debounced), actor and date range. */
export function AuditLog({ actorOptions }: AuditLogProps) {
  const [form, setForm] = useState(noFilters);
  const action = useDebouncedSearch(form.action);
  const rangeInverted = form.fromDay !== '' && form.toDay !== '' && form.fromDay > form.toDay;
  const filters = {
    action,
    actorId: form.actorId,
    from: dayBoundary(form.fromDay, 'start') ?? '',
    to: rangeInverted ? '' : (dayBoundary(form.toDay, 'end') ?? ''),
  };
  const log = useAuditLog(filters);
  const entries = log.data?.pages.flatMap((page) => page.items) ?? [];
  const total = log.data?.pages[0]?.total ?? 0;
  const filtered = Object.values(form).some(Boolean);

  const actors = useMemo(() => {
    const known = new Map(actorOptions.map((option) => [option.value, option]));
    for (const entry of entries) {
      if (!known.has(entry.actorId))
        known.set(entry.actorId, { value: entry.actorId, label: entry.actorLabel });
    }
    return [...known.values()];
  }, [actorOptions, entries]);

  const set = (field: keyof typeof noFilters) => (value: string) =>
    setForm((previous) => ({ ...previous, [field]: value }));

  return (
    <>
      <search className="ad-filters" aria-label="Filter the audit log">
        <TextField
          label="Action"
          type="search"
          placeholder="e.g. settings, employee"
          value={form.action}
          onChange={(event) => set('action')(event.target.value)}
        />
        <SelectField
          label="Actor"
          placeholder="Anyone"
          options={actors}
          value={form.actorId}
          onChange={(event) => set('actorId')(event.target.value)}
        />
        <TextField
          label="From"
          type="date"
          max={form.toDay || undefined}
          value={form.fromDay}
          onChange={(event) => set('fromDay')(event.target.value)}
        />
        <TextField
          label="To"
          type="date"
          min={form.fromDay || undefined}
          value={form.toDay}
          onChange={(event) => set('toDay')(event.target.value)}
          error={rangeInverted ? 'Choose a day after the “From” day.' : undefined}
        />
      </search>
      <PagedList
        query={log}
        shown={entries.length}
        total={total}
        noun="entries"
        loadingLabel="Loading the audit log…"
        errorTitle="The audit log could not be loaded"
        emptyTitle={filtered ? 'No entries match these filters' : 'Nothing recorded yet'}
        emptyDescription={
          filtered
            ? 'Try a wider date range or another actor.'
            : 'Every change made through the Admin API (by employees or API keys) is recorded here.'
        }
        onClearFilters={filtered ? () => setForm(noFilters) : undefined}
      >
        <AuditLogTable entries={entries} />
      </PagedList>
    </>
  );
}
