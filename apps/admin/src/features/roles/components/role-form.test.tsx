import { ApiError } from '@comptoir/sdk';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { RoleForm } from './role-form';

const permissions = [
  { key: 'catalog:read', description: 'See products, categories and prices.' },
  { key: 'catalog:write', description: 'Create and change products, categories and prices.' },
  { key: 'orders:read', description: 'See orders and their documents.' },
  { key: 'settings:read', description: 'See the store settings.' },
];

function renderForm(props: Partial<Parameters<typeof RoleForm>[0]> = {}) {
  const onSubmit = vi.fn();
  render(
    <RoleForm
      permissions={permissions}
      onSubmit={onSubmit}
      onCancel={vi.fn()}
      isSaving={false}
      error={null}
      submitLabel="Create role"
      {...props}
    />,
  );
  return { onSubmit };
}

describe('RoleForm', () => {
  it('groups the permission checkboxes by area', () => {
    renderForm();
    const catalog = screen.getByRole('group', { name: 'Catalog' });
    expect(within(catalog).getAllByRole('checkbox')).toHaveLength(2);
    expect(
      within(screen.getByRole('group', { name: 'Orders' })).getByLabelText(/orders:read/),
    ).toBeInTheDocument();
    expect(screen.getByLabelText(/See the store settings/)).not.toBeChecked();
  });

  it('sends the name and the ticked permissions in the API order', async () => {
    const { onSubmit } = renderForm();
    await userEvent.type(screen.getByLabelText('Name'), ' Packing team ');
    await userEvent.click(screen.getByLabelText(/orders:read/));
    await userEvent.click(screen.getByLabelText(/catalog:read/));
    await userEvent.click(screen.getByRole('button', { name: 'Create role' }));
    expect(onSubmit).toHaveBeenCalledWith({
      name: 'Packing team',
      permissions: ['catalog:read', 'orders:read'],
    });
  });

  it('starts from the role being edited', () => {
    renderForm({ initial: { name: 'Accountant', permissions: ['orders:read'] }, submitLabel: 'Save role' });
    expect(screen.getByLabelText('Name')).toHaveValue('Accountant');
    expect(screen.getByLabelText(/orders:read/)).toBeChecked();
    expect(screen.getByLabelText(/catalog:read/)).not.toBeChecked();
  });

  it('shows a taken name on the name field and API field errors where they belong', () => {
    renderForm({ error: new ApiError(409, { code: 'conflict' }) });
    expect(screen.getByLabelText('Name')).toHaveAccessibleDescription(
      expect.stringContaining('Another role already has this name.'),
    );
  });

  it('says built-in roles are read-only', () => {
    renderForm({ error: new ApiError(409, { code: 'role_built_in' }) });
    expect(screen.getByRole('alert')).toHaveTextContent('Built-in roles are read-only.');
  });
});
