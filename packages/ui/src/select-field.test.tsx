import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SelectField } from './select-field';

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
