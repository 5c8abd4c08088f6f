import { Button } from '@comptoir/ui';
import { type ReactNode, useEffect, useRef } from 'react';

export type StepStatus = 'current' | 'done' | 'upcoming';

export interface CheckoutStepProps {
  number: number;
  title: string;
  status: StepStatus;
  /** What was entered, shown once the step is done. */
  summary?: ReactNode;
  /** Reopens a done step. */
  onEdit?: () => void;
  /** Move the focus to the heading when the step opens (not on the first render of the page). */
  focusOnOpen: boolean;
  children?: ReactNode;
}

/**
 * One step of the checkout: numbered heading; the form while it is the current step, a summary with "Change"
 * once done, the heading alone before. An opened step takes the focus on its heading, so keyboard and screen
 * reader users continue where the page did.
 */
export function CheckoutStep({
  number,
  title,
  status,
  summary,
  onEdit,
  focusOnOpen,
  children,
}: CheckoutStepProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = `checkout-step-${number}`;
  useEffect(() => {
    if (status === 'current' && focusOnOpen) headingRef.current?.focus();
  }, [status, focusOnOpen]);
  return (
    <section
      className={`sf-checkout-step sf-checkout-step--${status}`}
      aria-labelledby={headingId}
      aria-current={status === 'current' ? 'step' : undefined}
    >
      <div className="sf-checkout-step__header">
        <h2 className="sf-checkout-step__title" id={headingId} ref={headingRef} tabIndex={-1}>
          <span className="sf-checkout-step__number" aria-hidden="true">
            {status === 'done' ? '✓' : number}
          </span>
          <span className="ct-visually-hidden">Step {number}: </span>
          {title}
          {status === 'done' ? <span className="ct-visually-hidden"> (done)</span> : null}
        </h2>
        {status === 'done' && onEdit ? (
          <Button variant="ghost" size="sm" onClick={onEdit}>
            Change<span className="ct-visually-hidden"> {title.toLowerCase()}</span>
          </Button>
        ) : null}
      </div>
      {status === 'done' && summary ? <div className="sf-checkout-step__summary">{summary}</div> : null}
      {status === 'current' ? <div className="sf-checkout-step__body">{children}</div> : null}
    </section>
  );
}
