import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TextField } from './text-field';

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
