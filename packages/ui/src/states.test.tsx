import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Alert } from './alert';
import { ErrorState } from './error-state';
import { LoadingState } from './loading-state';

describe('Alert and states', () => {
  it('uses role=alert for errors and role=status otherwise', () => {
    render(
      <>
        <Alert tone="error">Broken</Alert>
        <Alert tone="success">Settings saved</Alert>
      </>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Broken');
    expect(screen.getByRole('status')).toHaveTextContent('Settings saved');
  });

  it('announces loading', () => {
    render(<LoadingState label="Loading settings…" />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading settings…');
  });

  it('offers a retry in the error state', async () => {
    const onRetry = vi.fn();
    render(<ErrorState title="Could not load" onRetry={onRetry} />);
    expect(screen.getByRole('heading', { name: 'Could not load' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });
});
