import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Badge } from './badge';
import { CheckboxField } from './checkbox-field';

describe('CheckboxField', () => {
  it('is toggled by its label and links its hint and error', async () => {
    render(
      <CheckboxField label="Use as default shipping address" hint="Used at checkout" error="Not allowed" />,
    );
    const box = screen.getByRole('checkbox', { name: 'Use as default shipping address' });
    expect(box).not.toBeChecked();
    await userEvent.click(screen.getByText('Use as default shipping address'));
    expect(box).toBeChecked();
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveAccessibleDescription('Used at checkout Not allowed');
  });
});

describe('Badge', () => {
  it('renders its text with the tone class', () => {
    render(<Badge tone="info">Default shipping</Badge>);
    expect(screen.getByText('Default shipping')).toHaveClass('ct-badge', 'ct-badge--info');
  });
});
