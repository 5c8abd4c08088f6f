import { useRef, useState } from 'react';
import { useBlocker } from 'react-router-dom';
import { useUnsavedChangesWarning } from '../../lib/use-unsaved-changes-warning';

/**
 * The state of a form over a versioned record: values started from `source`, started again whenever a new
 * `version` arrives (our own save, or a reload after a conflict) unless a save is running; `dirty` while they
 * differ from what was loaded (pair it with `useLeaveGuard`).
 */
export function useDraftForm<Source, Values>(
  source: Source,
  version: number,
  toValues: (source: Source) => Values,
  saving: boolean,
) {
  const [values, setValues] = useState(() => toValues(source));
  const [baseline, setBaseline] = useState(values);
  const [loadedVersion, setLoadedVersion] = useState(version);
  const [edited, setEdited] = useState<ReadonlySet<string>>(new Set());

  if (version !== loadedVersion && !saving) {
    const fresh = toValues(source);
    setLoadedVersion(version);
    setValues(fresh);
    setBaseline(fresh);
    setEdited(new Set());
  }

  const dirty = JSON.stringify(values) !== JSON.stringify(baseline);

  /** Sets the values; `path` names what was edited, so the API's error on it is hidden until the next save. */
  function update(next: (previous: Values) => Values, path?: string) {
    setValues(next);
    if (path) setEdited((previous) => new Set(previous).add(path));
  }

  return {
    values,
    update,
    dirty,
    /** Paths edited since the last save: their API errors may no longer apply. */
    edited,
    clearEdited: () => setEdited(new Set()),
  };
}

/**
 * The unsaved-changes guards of a page (one per page: the router keeps a single blocker): leaving within the
 * back-office asks first (render `UnsavedChangesDialog` with `blocker`), closing the tab makes the browser ask.
 * `allowLeave()` lets the next navigation go (after creating a record, say).
 */
export function useLeaveGuard(dirty: boolean, saving: boolean) {
  const leaving = useRef(false);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty &&
      !leaving.current &&
      !saving &&
      currentLocation.pathname !== nextLocation.pathname &&
      // Leaving after deleting the record: its changes have nothing left to be saved to.
      !(nextLocation.state as { deleted?: boolean } | null)?.deleted,
  );
  useUnsavedChangesWarning(dirty);
  return {
    blocker,
    allowLeave: () => {
      leaving.current = true;
    },
  };
}
