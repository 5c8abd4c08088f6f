import { Alert, Button, Card, EmptyState, ErrorState, LoadingState } from '@comptoir/ui';
import { useState } from 'react';
import { describeError } from '../../../lib/describe-error';
import { useCreateAddress } from '../api/create-address';
import { useDeleteAddress } from '../api/delete-address';
import { useAddresses } from '../api/list-addresses';
import { useUpdateAddress } from '../api/update-address';
import { AddressCard } from './address-card';
import { AddressForm } from './address-form';
import './address-book.css';

type Mode = { kind: 'list' } | { kind: 'add' } | { kind: 'edit'; id: string };

export interface AddressBookProps {
  /** The store's country, preselected for a new address (undefined while the settings load). */
  defaultCountry: string | undefined;
}

/**
 * The customer's saved addresses as cards, with one form at a time: add, or edit one address in place.
 * Handles its loading, error and empty states.
 */
export function AddressBook({ defaultCountry }: AddressBookProps) {
  const addresses = useAddresses();
  const create = useCreateAddress();
  const update = useUpdateAddress();
  const remove = useDeleteAddress();
  const [mode, setMode] = useState<Mode>({ kind: 'list' });
  const [notice, setNotice] = useState<string | null>(null);

  function open(next: Mode) {
    create.reset();
    update.reset();
    remove.reset();
    setNotice(null);
    setMode(next);
  }
  function done(message: string) {
    setMode({ kind: 'list' });
    setNotice(message);
  }

  if (addresses.isPending) return <LoadingState label="Loading your addresses…" />;
  if (addresses.isError) {
    return (
      <ErrorState
        title="Your addresses could not be loaded"
        description={describeError(addresses.error)}
        onRetry={() => void addresses.refetch()}
        retrying={addresses.isFetching}
      />
    );
  }

  const items = addresses.data.items;
  const addButton = (
    <Button onClick={() => open({ kind: 'add' })} variant={items.length > 0 ? 'secondary' : 'primary'}>
      Add address
    </Button>
  );

  return (
    <div className="sf-address-book">
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      {mode.kind === 'add' ? (
        <Card title="Add address">
          <AddressForm
            defaultCountry={defaultCountry}
            onSubmit={(input) => create.mutate(input, { onSuccess: () => done('Address saved') })}
            onCancel={() => open({ kind: 'list' })}
            isSaving={create.isPending}
            error={create.error}
          />
        </Card>
      ) : items.length > 0 && mode.kind === 'list' ? (
        <div className="sf-address-book__toolbar">{addButton}</div>
      ) : null}

      {items.length === 0 ? (
        mode.kind === 'add' ? null : (
          <EmptyState
            title="No saved addresses yet"
            description="Save the addresses you ship to, and checkout fills them in for you."
            action={addButton}
          />
        )
      ) : (
        <ul className="sf-address-book__list" aria-label="Saved addresses">
          {items.map((address) => (
            <li
              key={address.id}
              className={
                mode.kind === 'edit' && mode.id === address.id ? 'sf-address-book__editing' : undefined
              }
            >
              {mode.kind === 'edit' && mode.id === address.id ? (
                <Card title="Edit address">
                  <AddressForm
                    address={address}
                    defaultCountry={defaultCountry}
                    onSubmit={(changes) =>
                      update.mutate({ id: address.id, changes }, { onSuccess: () => done('Address saved') })
                    }
                    onCancel={() => open({ kind: 'list' })}
                    isSaving={update.isPending}
                    error={update.error}
                  />
                </Card>
              ) : (
                <AddressCard
                  address={address}
                  onEdit={() => open({ kind: 'edit', id: address.id })}
                  onDelete={() => remove.mutate(address.id, { onSuccess: () => done('Address deleted') })}
                  isDeleting={remove.isPending && remove.variables === address.id}
                  deleteError={remove.variables === address.id ? remove.error : null}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
