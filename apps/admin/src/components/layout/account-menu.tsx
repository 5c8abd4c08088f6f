import { Alert, Button } from '@comptoir/ui';
import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import './account-menu.css';

export interface AccountMenuProps {
  employeeName: string;
  employeeEmail?: string;
  /** The role's display name, e.g. "Customer service". */
  employeeRole?: string;
  /** Resolves once signed out; never rejects. */
  onSignOut: () => Promise<void>;
  /** Ends the employee's sessions on every device; rejects when the server refused or could not be reached. */
  onSignOutEverywhere: () => Promise<void>;
  /** Sentence for a failed "sign out everywhere". */
  describeError: (error: unknown) => string;
}

function initialsOf(name: string): string {
  const letters = name
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => part[0]?.toUpperCase() ?? '');
  return (letters.length > 1 ? `${letters[0]}${letters.at(-1)}` : (letters[0] ?? '?')).slice(0, 2);
}

/**
 * The top bar's account button and its disclosure panel: who is signed in, account security, sign out, and
 * sign out everywhere. Closes on Escape (focus returns to the button) and on a click outside.
 */
export function AccountMenu({
  employeeName,
  employeeEmail,
  employeeRole,
  onSignOut,
  onSignOutEverywhere,
  describeError,
}: AccountMenuProps) {
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState<'sign-out' | 'everywhere' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const panelId = useId();
  const containerRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    const closeOnOutsideClick = (event: PointerEvent) => {
      if (event.target instanceof Node && !containerRef.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('keydown', closeOnEscape);
    document.addEventListener('pointerdown', closeOnOutsideClick);
    return () => {
      document.removeEventListener('keydown', closeOnEscape);
      document.removeEventListener('pointerdown', closeOnOutsideClick);
    };
  }, [open]);

  async function signOut() {
    setPending('sign-out');
    await onSignOut();
  }

  async function signOutEverywhere() {
    setPending('everywhere');
    setError(null);
    try {
      await onSignOutEverywhere();
    } catch (failure) {
      setError(failure);
      setPending(null);
    }
  }

  return (
    <div className="ad-account" ref={containerRef}>
      <button
        ref={buttonRef}
        type="button"
        className="ad-account__button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={`${employeeName}, account menu`}
        onClick={() => setOpen((value) => !value)}
      >
        <span className="ad-account__avatar" aria-hidden="true">
          {initialsOf(employeeName)}
        </span>
        <span className="ad-account__who">
          <span className="ad-account__name">{employeeName}</span>
          {employeeRole ? <span className="ad-account__role">{employeeRole}</span> : null}
        </span>
        <span className="ad-account__chevron" aria-hidden="true" />
      </button>
      <div id={panelId} className="ad-account__panel" hidden={!open}>
        <div className="ad-account__identity">
          <p className="ad-account__panel-name">{employeeName}</p>
          {employeeEmail ? <p className="ad-account__panel-detail">{employeeEmail}</p> : null}
          {employeeRole ? <p className="ad-account__panel-detail">{employeeRole}</p> : null}
        </div>
        <ul className="ad-account__actions">
          <li>
            <Link to="/account/security" className="ad-account__link" onClick={() => setOpen(false)}>
              Account security
            </Link>
          </li>
          <li>
            <Button
              variant="ghost"
              fullWidth
              className="ad-account__action"
              loading={pending === 'everywhere'}
              disabled={pending !== null}
              onClick={() => void signOutEverywhere()}
            >
              Sign out everywhere
            </Button>
          </li>
          <li>
            <Button
              variant="secondary"
              fullWidth
              loading={pending === 'sign-out'}
              disabled={pending !== null}
              onClick={() => void signOut()}
            >
              Sign out
            </Button>
          </li>
        </ul>
        {error ? (
          <Alert tone="error" title="You are still signed in elsewhere">
            {describeError(error)}
          </Alert>
        ) : null}
      </div>
    </div>
  );
}
