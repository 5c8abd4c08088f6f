import { ApiError } from '@comptoir/sdk';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LoginForm } from './login-form';

describe('LoginForm', () => {
  it('submits the trimmed email and the password', async () => {
    const onSubmit = vi.fn();
    render(<LoginForm onSubmit={onSubmit} isPending={false} error={null} />);
    await userEvent.type(screen.getByLabelText('Email'), ' ada@example.com ');
    await userEvent.type(screen.getByLabelText('Password'), 'correct horse');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(onSubmit).toHaveBeenCalledWith({ email: 'ada@example.com', password: 'correct horse' });
  });

  it('asks for missing fields instead of submitting', async () => {
    const onSubmit = vi.fn();
    render(<LoginForm onSubmit={onSubmit} isPending={false} error={null} />);
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('Enter your email address.');
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription('Enter your password.');
  });

  it('says the credentials are wrong on 401, and asks to wait on 429', () => {
    const wrong = new ApiError(401, { code: 'invalid_credentials', title: 'Unauthorized' });
    const { rerender } = render(<LoginForm onSubmit={vi.fn()} isPending={false} error={wrong} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Email or password is incorrect.');
    const limited = new ApiError(429, { code: 'rate_limited', title: 'Too many requests' });
    rerender(<LoginForm onSubmit={vi.fn()} isPending={false} error={limited} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Too many attempts. Try again in a minute.');
  });

  it('shows the submission in progress', () => {
    render(<LoginForm onSubmit={vi.fn()} isPending error={null} />);
    expect(screen.getByRole('button', { name: 'Sign in' })).toHaveAttribute('aria-busy', 'true');
  });
});
