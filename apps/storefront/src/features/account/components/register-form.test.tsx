import { ApiError } from '@comptoir/sdk';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { RegisterForm } from './register-form';

async function fillIn(password = 'long enough password') {
  await userEvent.type(screen.getByLabelText('First name'), ' Ada ');
  await userEvent.type(screen.getByLabelText('Last name'), 'Lovelace');
  await userEvent.type(screen.getByLabelText('Email'), ' ada@example.com ');
  await userEvent.type(screen.getByLabelText('Password'), password);
}

describe('RegisterForm', () => {
  it('shows the password rule and submits the trimmed details', async () => {
    const onSubmit = vi.fn();
    render(<RegisterForm onSubmit={onSubmit} isPending={false} error={null} />);
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription('At least 10 characters.');
    await fillIn();
    await userEvent.click(screen.getByRole('button', { name: 'Create account' }));
    expect(onSubmit).toHaveBeenCalledWith({
      firstName: 'Ada',
      lastName: 'Lovelace',
      email: 'ada@example.com',
      password: 'long enough password',
    });
  });

  it('checks a short password before sending, and focuses it', async () => {
    const onSubmit = vi.fn();
    render(<RegisterForm onSubmit={onSubmit} isPending={false} error={null} />);
    await fillIn('short');
    await userEvent.click(screen.getByRole('button', { name: 'Create account' }));
    expect(onSubmit).not.toHaveBeenCalled();
    const password = screen.getByLabelText('Password');
    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(password).toHaveAccessibleDescription('At least 10 characters. Use at least 10 characters.');
    expect(password).toHaveFocus();
  });

  it('shows the API field errors on their fields', () => {
    const error = new ApiError(400, {
      code: 'validation_failed',
      title: 'Invalid',
      errors: [
        { path: 'password', message: 'This password is too common; choose another.' },
        { path: 'email', message: 'Enter an email address such as name@example.com.' },
      ],
    });
    render(<RegisterForm onSubmit={vi.fn()} isPending={false} error={error} />);
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(
      'At least 10 characters. This password is too common; choose another.',
    );
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription(
      'Enter an email address such as name@example.com.',
    );
    expect(screen.getByLabelText('First name')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('alert')).toHaveTextContent('Check the highlighted fields.');
  });

  it('puts "email taken" on the email field, and hides it once the email is edited', async () => {
    const error = new ApiError(409, { code: 'email_taken', title: 'Conflict' });
    render(<RegisterForm onSubmit={vi.fn()} isPending={false} error={error} />);
    const email = screen.getByLabelText('Email');
    expect(email).toHaveAccessibleDescription(/already uses this email/);
    await userEvent.type(email, 'x');
    expect(email).not.toHaveAttribute('aria-invalid');
  });
});
