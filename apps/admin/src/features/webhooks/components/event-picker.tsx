import { CheckboxField } from '@comptoir/ui';
import { useEffect, useRef } from 'react';
import { CheckboxGroups, toggleKeys } from '../../../components/checkbox-groups';
import type { WebhookEventTypeInfo } from '../api/list-webhook-event-types';
import { type EventGroup, groupEventTypes } from '../webhook-labels';

export interface EventPickerProps {
  /** Every event type, from `GET /admin/webhooks/event-types` (`webhook.ping` is left out). */
  eventTypes: readonly WebhookEventTypeInfo[];
  /** The types chosen. */
  value: readonly string[];
  onChange: (next: string[]) => void;
  error?: string | undefined;
}

/** The event checkboxes, grouped by prefix (orders, products …), each group with a "select all" box. */
export function EventPicker({ eventTypes, value, onChange, error }: EventPickerProps) {
  const groups = groupEventTypes(eventTypes);
  const selected = new Set(value);
  const types = eventTypes.map((item) => item.type);

  return (
    <CheckboxGroups
      legend="Events"
      hint={`The endpoint receives only these. ${selected.size === 0 ? 'None chosen yet.' : `${selected.size} chosen.`}`}
      error={error}
    >
      {groups.map((group) => (
        <EventGroupFieldset
          key={group.prefix}
          group={group}
          selected={selected}
          onChange={(changed, checked) => onChange(toggleKeys(types, value, changed, checked))}
        />
      ))}
    </CheckboxGroups>
  );
}

interface EventGroupFieldsetProps {
  group: EventGroup;
  selected: ReadonlySet<string>;
  onChange: (types: readonly string[], checked: boolean) => void;
}

function EventGroupFieldset({ group, selected, onChange }: EventGroupFieldsetProps) {
  const types = group.events.map((item) => item.type);
  const chosen = types.filter((type) => selected.has(type)).length;
  const allRef = useRef<HTMLInputElement>(null);
  // Some but not all chosen: the "select all" box shows a dash.
  useEffect(() => {
    if (allRef.current) allRef.current.indeterminate = chosen > 0 && chosen < types.length;
  }, [chosen, types.length]);

  return (
    <fieldset className="ad-permissions__group">
      <legend className="ad-permissions__group-legend">{group.label}</legend>
      <CheckboxField
        ref={allRef}
        className="ad-event-picker__all"
        label={`All ${group.label.toLowerCase()} events`}
        checked={chosen === types.length}
        onChange={(event) => onChange(types, event.target.checked)}
      />
      {group.events.map((item) => (
        <CheckboxField
          key={item.type}
          className="ad-event-picker__event"
          name="events"
          value={item.type}
          label={<code>{item.type}</code>}
          hint={item.description}
          checked={selected.has(item.type)}
          onChange={(event) => onChange([item.type], event.target.checked)}
        />
      ))}
    </fieldset>
  );
}
