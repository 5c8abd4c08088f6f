import { OptionSwitch } from '../../components/option-switch';
import { useListFilters } from '../../lib/use-list-filters';

/**
 * A report's choice kept in the address (`?interval=week`, `?by=units`), `fallback` when missing or unknown
 * (and then left out of the address). Returns the value and its toggle buttons.
 */
export function useReportOption<Value extends string>(
  name: 'interval' | 'by',
  legend: string,
  options: readonly { value: Value; label: string }[],
  fallback: Value,
) {
  const { params, setFilter } = useListFilters<typeof name>({
    isDefault: (_name, value) => value === fallback,
  });
  const value = options.find((option) => option.value === params.get(name))?.value ?? fallback;
  const control = (
    <OptionSwitch
      legend={legend}
      options={options}
      value={value}
      onChange={(next) => setFilter(name, next)}
    />
  );
  return [value, control] as const;
}
