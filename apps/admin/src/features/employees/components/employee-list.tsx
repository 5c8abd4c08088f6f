import { Alert, Card, type SelectOption } from '@comptoir/ui';
import { useEffect, useRef, useState } from 'react';
import { FilterSearchField } from '../../../components/filter-search-field';
import { PagedList } from '../../../components/paged-list';
import { useDebouncedSearch } from '../../../lib/use-debounced-value';
import { type EmployeeSummary, useEmployeeList } from '../api/list-employees';
import { useUpdateEmployee } from '../api/update-employee';
import { EmployeeEditForm } from './employee-edit-form';
import { EmployeeTable } from './employee-table';

export interface EmployeeListProps {
  roleOptions: readonly SelectOption[];
  /** Called after an employee was changed, e.g. to refresh the signed-in employee if it was them. */
  onEmployeeChanged?: (employee: EmployeeSummary) => void;
}

/** Employees, searchable by name or email, with an edit panel for role, names and access. */
export function EmployeeList({ roleOptions, onEmployeeChanged }: EmployeeListProps) {
  const [search, setSearch] = useState('');
  const q = useDebouncedSearch(search);
  const employees = useEmployeeList(q);
  const update = useUpdateEmployee();
  const [editing, setEditing] = useState<EmployeeSummary | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const editRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (editing) editRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [editing]);

  function startEditing(employee: EmployeeSummary) {
    update.reset();
    setNotice(null);
    setEditing(employee);
  }

  const items = employees.data?.pages.flatMap((page) => page.items) ?? [];
  const total = employees.data?.pages[0]?.total ?? 0;

  return (
    <div className="ad-stack">
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      {editing ? (
        <div ref={editRef}>
          <Card title={`Edit ${editing.firstName} ${editing.lastName}`} description={editing.email}>
            <EmployeeEditForm
              key={editing.id}
              employee={editing}
              roleOptions={roleOptions}
              isSaving={update.isPending}
              error={update.error}
              onCancel={() => setEditing(null)}
              onSubmit={(changes) => {
                if (Object.keys(changes).length === 0) {
                  setEditing(null);
                  return;
                }
                update.mutate(
                  { id: editing.id, changes },
                  {
                    onSuccess: (saved) => {
                      setEditing(null);
                      setNotice(`${saved.firstName} ${saved.lastName} was updated.`);
                      onEmployeeChanged?.(saved);
                    },
                  },
                );
              }}
            />
          </Card>
        </div>
      ) : null}
      <div>
        <search className="ad-filters" aria-label="Filter employees">
          <FilterSearchField
            label="Search employees"
            placeholder="Name or email"
            value={search}
            onChange={setSearch}
          />
        </search>
        <PagedList
          query={employees}
          shown={items.length}
          total={total}
          noun="employees"
          loadingLabel="Loading employees…"
          errorTitle="Employees could not be loaded"
          emptyTitle={q ? 'No employees match this search' : 'No employees yet'}
          emptyDescription={q ? 'Try another name or email.' : 'Add the people who run the store with you.'}
        >
          <EmployeeTable employees={items} onEdit={startEditing} />
        </PagedList>
      </div>
    </div>
  );
}
