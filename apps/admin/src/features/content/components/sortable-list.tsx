import {
  closestCenter,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import {
  arrayMove,
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { HTMLAttributes, ReactNode } from 'react';

/** What a row needs to be dragged: props for its drag handle, and whether it is the one moving. */
export interface DragHandle {
  handleProps: HTMLAttributes<HTMLElement>;
  isDragging: boolean;
}

export interface SortableListProps<T extends { id: string }> {
  items: readonly T[];
  onReorder: (items: T[]) => void;
  /** The list's name for assistive technology, e.g. "Homepage sections". */
  label: string;
  renderItem: (item: T, index: number, drag: DragHandle) => ReactNode;
  className?: string;
}

/** `items` with the one at `from` moved to `to` (Move up / Move down, or a drop). */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= items.length || from === to) return [...items];
  return arrayMove([...items], from, to);
}

function SortableRow<T extends { id: string }>({
  item,
  index,
  renderItem,
}: {
  item: T;
  index: number;
  renderItem: SortableListProps<T>['renderItem'];
}) {
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id: item.id,
  });
  return (
    <li
      ref={setNodeRef}
      className={`ad-sortable__item${isDragging ? ' ad-sortable__item--dragging' : ''}`}
      style={{ transform: CSS.Transform.toString(transform), transition }}
    >
      {renderItem(item, index, { handleProps: { ...attributes, ...listeners }, isDragging })}
    </li>
  );
}

/**
 * A list reordered by dragging a row's handle (pointer, or keyboard: Space to lift, arrows, Space to drop).
 * Rows also carry Move up / Move down buttons (see `MoveButtons`) for a plain, announced alternative.
 */
export function SortableList<T extends { id: string }>({
  items,
  onReorder,
  label,
  renderItem,
  className,
}: SortableListProps<T>) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  function onDragEnd({ active, over }: DragEndEvent) {
    if (!over || active.id === over.id) return;
    const from = items.findIndex((item) => item.id === active.id);
    const to = items.findIndex((item) => item.id === over.id);
    if (from >= 0 && to >= 0) onReorder(moveItem(items, from, to));
  }

  return (
    <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
      <SortableContext items={items.map((item) => item.id)} strategy={verticalListSortingStrategy}>
        <ol className={`ad-sortable ${className ?? ''}`} aria-label={label}>
          {items.map((item, index) => (
            <SortableRow key={item.id} item={item} index={index} renderItem={renderItem} />
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}

/** The drag handle of a row: a button named "Drag to reorder <name>". */
export function DragHandleButton({ drag, name }: { drag: DragHandle; name: string }) {
  return (
    <button
      type="button"
      className="ad-sortable__handle"
      aria-label={`Drag to reorder ${name}`}
      {...drag.handleProps}
    >
      <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" fill="currentColor">
        <circle cx="9" cy="6" r="1.6" />
        <circle cx="15" cy="6" r="1.6" />
        <circle cx="9" cy="12" r="1.6" />
        <circle cx="15" cy="12" r="1.6" />
        <circle cx="9" cy="18" r="1.6" />
        <circle cx="15" cy="18" r="1.6" />
      </svg>
    </button>
  );
}

/** "Move up" / "Move down" for a row at `index` of `count` (disabled at the ends). */
export function MoveButtons({
  index,
  count,
  name,
  onMove,
}: {
  index: number;
  count: number;
  /** The row's name, for screen readers: "Move up: Hero — Winter linen". */
  name: string;
  onMove: (to: number) => void;
}) {
  return (
    <>
      <button
        type="button"
        className="ct-button ct-button--ghost ct-button--sm"
        disabled={index === 0}
        aria-label={`Move up: ${name}`}
        onClick={() => onMove(index - 1)}
      >
        Move up
      </button>
      <button
        type="button"
        className="ct-button ct-button--ghost ct-button--sm"
        disabled={index === count - 1}
        aria-label={`Move down: ${name}`}
        onClick={() => onMove(index + 1)}
      >
        Move down
      </button>
    </>
  );
}
