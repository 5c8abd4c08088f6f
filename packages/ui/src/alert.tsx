import type { ReactNode } from 'react';
import { cx } from './class-names';

export type AlertTone = 'info' | 'success' | 'warning' | 'error';

export interface AlertProps {
  tone?: AlertTone;
  title?: ReactNode;
  /** Buttons or links shown under the message (e.g. "Reload"). */
  action?: ReactNode;
  className?: string;
  children?: ReactNode;
}

const icons: Record<AlertTone, string> = { info: 'i', success: '✓', warning: '!', error: '!' };

/**
 * A message about the page or the last action. Errors use `role="alert"` (announced at once); other tones use
 * `role="status"` (announced politely).
 */
export function Alert({ tone = 'info', title, action, className, children }: AlertProps) {
  return (
    <div
      role={tone === 'error' ? 'alert' : 'status'}
      className={cx('ct-alert', `ct-alert--${tone}`, className)}
    >
      <span className="ct-alert__icon" aria-hidden="true">
        {icons[tone]}
      </span>
      <div className="ct-alert__content">
        {title ? <p className="ct-alert__title">{title}</p> : null}
        {children ? <div className="ct-alert__message">{children}</div> : null}
        {action ? <div className="ct-alert__action">{action}</div> : null}
      </div>
    </div>
  );
}
