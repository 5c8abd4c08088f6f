import { ApiError } from '@comptoir/sdk';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ChangePasswordForm } from './change-password-form';
import { ProfileForm } from './profile-form';
import { ResetPasswordForm } from './reset-password-form';

const customer = {
  id: 'cus_1',
  email: 'ada@example.com',
  firstName: 'Ada',
  lastName: 'Lovelace',
  phone: null,
  createdAt: '2025-01-01T00:00:00.000Z',
};

describe('ProfileForm', () => {
  it('starts from the profile and sends an empty phone as null', async () => {
    const onSubmit = vi.fn();
    render(
      <ProfileForm customer={customer} onSubmit={onSubmit} isSaving={false} isSaved={false} error={null} />,
    );
    expect(screen.getByLabelText('First name')).toHaveValue('Ada');
    await userEvent.clear(screen.getByLabelText('Last name'));
    await userEvent.type(screen.getByLabelText('Last name'), 'Byron ');
    await userEvent.click(screen.getByRole('button', { name: 'Save profile' }));
    expect(onSubmit).toHaveBeenCalledWith({ firstName: 'Ada', lastName: 'Byron', phone: null });
  });

  it('confirms a save, and shows API errors on their fields', () => {
    const { rerender } = render(
      <ProfileForm customer={customer} onSubmit={vi.fn()} isSaving={false} isSaved error={null} />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Profile saved');
    const error = new ApiError(400, {
      code: 'validation_failed',
      title: 'Invalid',
      errors: [{ path: 'phone', message: 'Use 40 characters or fewer.' }],
    });
    rerender(
      <ProfileForm customer={customer} onSubmit={vi.fn()} isSaving={false} isSaved={false} error={error} />,
    );
    expect(screen.getByLabelText('Phone')).toHaveAccessibleDescription(
      'Optional. Only used about your orders. Use 40 characters or fewer.',
    );
  });
});

describe('ChangePasswordForm', () => {
  it('shows a wrong current password on its field', () => {
    const error = new ApiError(400, {
      code: 'validation_failed',
      title: 'Invalid',
      errors: [{ path: 'currentPassword', message: 'The current password is not correct.' }],
    });
    render(<ChangePasswordForm onSubmit={vi.fn()} isPending={false} error={error} />);
    const current = screen.getByLabelText('Current password');
    expect(current).toHaveAttribute('aria-invalid', 'true');
    expect(current).toHaveAccessibleDescription('The current password is not correct.');
    expect(screen.getByLabelText('New password')).not.toHaveAttribute('aria-invalid');
  });

  it('empties the fields and confirms once the password is changed', async () => {
    const onSubmit = vi.fn(async () => undefined);
    render(<ChangePasswordForm onSubmit={onSubmit} isPending={false} error={null} />);
    await userEvent.type(screen.getByLabelText('Current password'), 'old password 1');
    await userEvent.type(screen.getByLabelText('New password'), 'new password 22');
    await userEvent.click(screen.getByRole('button', { name: 'Change password' }));
    expect(onSubmit).toHaveBeenCalledWith({
      currentPassword: 'old password 1',
      newPassword: 'new password 22',
    });
    expect(await screen.findByRole('status')).toHaveTextContent('Password changed');
    await waitFor(() => expect(screen.getByLabelText('New password')).toHaveValue(''));
  });
});

describe('ResetPasswordForm', () => {
  it('explains an invalid or expired link and offers a new one', () => {
    const error = new ApiError(400, { code: 'reset_token_invalid', title: 'Invalid token' });
    render(
      <ResetPasswordForm
        onSubmit={vi.fn()}
        isPending={false}
        error={error}
        requestNewLink={<a href="/account/forgot-password">Request a new link</a>}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('This reset link is invalid or has expired');
    expect(screen.getByRole('link', { name: 'Request a new link' })).toBeInTheDocument();
    expect(screen.getByLabelText('New password')).not.toHaveAttribute('aria-invalid');
  });

  it('shows a weak password on the field', () => {
    const error = new ApiError(400, {
      code: 'validation_failed',
      title: 'Invalid',
      errors: [{ path: 'password', message: 'This password is too common; choose another.' }],
    });
    render(<ResetPasswordForm onSubmit={vi.fn()} isPending={false} error={error} requestNewLink={null} />);
    expect(screen.getByLabelText('New password')).toHaveAccessibleDescription(
      'At least 10 characters. This password is too common; choose another.',
    );
  });
});
