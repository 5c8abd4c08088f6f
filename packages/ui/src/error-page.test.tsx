import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorPage } from './error-page';

const renderHomeLink = (className: string) => (
  <a href="/" className={className}>
    Go to the dashboard
  </a>
);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('ErrorPage', () => {
  it('says something went wrong, offers a reload and the way home, and logs the error', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const onReload = vi.fn();
    const error = new Error('render failed');
    render(<ErrorPage error={error} renderHomeLink={renderHomeLink} onReload={onReload} />);
    expect(screen.getByRole('alert')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Something went wrong' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the dashboard' })).toHaveAttribute('href', '/');
    await userEvent.click(screen.getByRole('button', { name: 'Reload the page' }));
    expect(onReload).toHaveBeenCalledTimes(1);
    expect(consoleError).toHaveBeenCalledWith(error);
  });
});
