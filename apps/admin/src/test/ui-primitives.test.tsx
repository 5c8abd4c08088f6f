// Tests of the shared @comptoir/ui primitives. They live in this app because packages/ui has no test runner of
// its own (adding one would need new dev dependencies there); the admin forms are their main user.
import { Alert, Button, ErrorState, LoadingState, SelectField, TextField } from '@comptoir/ui';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

describe('TextField', () => {
  it('labels the input and links hint and error through aria-describedby', () => {
    render(<TextField label="Store name" hint="Shown to customers" error="Name is required" />);
    const input = screen.getByLabelText('Store name');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('Shown to customers Name is required');
    expect(screen.getByText('Name is required').id).toBe(`${input.id}-error`);
  });

  it('is not marked invalid and has no description without hint or error', () => {
    render(<TextField label="Legal name" />);
    const input = screen.getByLabelText('Legal name');
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(input).not.toHaveAttribute('aria-describedby');
  });

  it('keeps a caller-provided id', () => {
    render(<TextField id="custom" label="Email" error="Invalid" />);
    expect(screen.getByLabelText('Email')).toHaveAttribute('aria-describedby', 'custom-error');
  });
});

describe('SelectField', () => {
  it('labels the select, renders options and wires the error', () => {
    render(
      <SelectField
        label="Currency"
        error="Unsupported currency"
        defaultValue="USD"
        options={[
          { value: 'EUR', label: 'Euro' },
          { value: 'USD', label: 'US dollar' },
        ]}
      />,
    );
    const select = screen.getByLabelText('Currency');
    expect(select).toHaveValue('USD');
    expect(select).toHaveAttribute('aria-invalid', 'true');
    expect(select).toHaveAccessibleDescription('Unsupported currency');
    expect(screen.getAllByRole('option')).toHaveLength(2);
  });
});

describe('Button', () => {
  it('defaults to type=button and submits only when asked', () => {
    render(
      <>
        <Button>Cancel</Button>
        <Button type="submit">Save</Button>
      </>,
    );
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveAttribute('type', 'button');
    expect(screen.getByRole('button', { name: 'Save' })).toHaveAttribute('type', 'submit');
  });

  it('is busy and disabled while loading, keeping its name', async () => {
    const onClick = vi.fn();
    render(
      <Button loading onClick={onClick}>
        Save changes
      </Button>,
    );
    const button = screen.getByRole('button', { name: 'Save changes' });
    expect(button).toBeDisabled();
    expect(button).toHaveAttribute('aria-busy', 'true');
    await userEvent.click(button);
    expect(onClick).not.toHaveBeenCalled();
  });
});

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
