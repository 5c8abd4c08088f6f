import { ApiError } from '@comptoir/sdk';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { EmployeeSummary } from '../api/list-employees';
import { EmployeeEditForm, toEmployeeChanges } from './employee-edit-form';
import { EmployeeForm } from './employee-form';

const roleOptions = [
  { value: 'owner', label: 'Owner' },
  { value: 'customer_service', label: 'Customer service' },
];

function renderForm(error: unknown = null) {
  const onSubmit = vi.fn();
  render(
    <EmployeeForm
      roleOptions={roleOptions}
      onSubmit={onSubmit}
      onCancel={vi.fn()}
      isSaving={false}
      error={error}
    />,
  );
  return { onSubmit };
}

const employee: EmployeeSummary = {
  id: 'emp_9',
  email: 'grace@example.com',
  firstName: 'Grace',
  lastName: 'Hopper',
  role: 'owner',
  roleName: 'Owner',
  active: true,
  twoFactorEnabled: false,
  createdAt: '2025-01-01T00:00:00.000Z',
  lastLoginAt: null,
};

describe('EmployeeForm', () => {
  it('sends the new employee with their role and temporary password', async () => {
    const { onSubmit } = renderForm();
    await userEvent.type(screen.getByLabelText('Email'), ' grace@example.com ');
    await userEvent.type(screen.getByLabelText('First name'), 'Grace');
    await userEvent.type(screen.getByLabelText('Last name'), 'Hopper');
    await userEvent.selectOptions(screen.getByLabelText('Role'), 'customer_service');
    await userEvent.type(screen.getByLabelText('Temporary password'), 'blue-harbour-42');
    await userEvent.click(screen.getByRole('button', { name: 'Add employee' }));
    expect(onSubmit).toHaveBeenCalledWith({
      email: 'grace@example.com',
      firstName: 'Grace',
      lastName: 'Hopper',
      role: 'customer_service',
      password: 'blue-harbour-42',
    });
  });

  it('asks for what is missing instead of submitting', async () => {
    const { onSubmit } = renderForm();
    await userEvent.click(screen.getByRole('button', { name: 'Add employee' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Role')).toHaveAccessibleDescription(
      expect.stringContaining('Choose a role.'),
    );
    expect(screen.getByLabelText('Temporary password')).toHaveAttribute('aria-invalid', 'true');
  });

  it("shows the API's field errors on their fields", () => {
    renderForm(
      new ApiError(400, {
        code: 'validation_failed',
        errors: [
          { path: 'password', message: 'Use at least 10 characters.' },
          { path: 'body.firstName', message: 'Enter a first name.' },
        ],
      }),
    );
    const password = screen.getByLabelText('Temporary password');
    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(password).toHaveAccessibleDescription(expect.stringContaining('Use at least 10 characters.'));
    // The first field to fix gets the focus.
    expect(screen.getByLabelText('First name')).toHaveFocus();
    expect(screen.getByLabelText('First name')).toHaveAccessibleDescription('Enter a first name.');
    expect(screen.getByLabelText('Email')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('alert')).toHaveTextContent('Check the highlighted fields.');
  });

  it('puts a taken email on the email field', () => {
    renderForm(
      new ApiError(409, { code: 'conflict', detail: 'An employee with this email already exists.' }),
    );
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription(
      'An employee already uses this email address.',
    );
  });
});

describe('EmployeeEditForm', () => {
  it('sends only what changed', async () => {
    const onSubmit = vi.fn();
    render(
      <EmployeeEditForm
        employee={employee}
        roleOptions={roleOptions}
        onSubmit={onSubmit}
        onCancel={vi.fn()}
        isSaving={false}
        error={null}
      />,
    );
    await userEvent.selectOptions(screen.getByLabelText('Role'), 'customer_service');
    await userEvent.click(screen.getByLabelText('Active'));
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(onSubmit).toHaveBeenCalledWith({ role: 'customer_service', active: false });
    expect(toEmployeeChanges(employee, { ...employee, firstName: ' Grace ' })).toEqual({});
  });

  it('explains that the last owner must stay', () => {
    render(
      <EmployeeEditForm
        employee={employee}
        roleOptions={roleOptions}
        onSubmit={vi.fn()}
        onCancel={vi.fn()}
        isSaving={false}
        error={new ApiError(409, { code: 'last_owner', detail: 'Last owner' })}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('The store must keep at least one active owner.');
  });
});
