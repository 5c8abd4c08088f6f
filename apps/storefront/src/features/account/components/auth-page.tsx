import { Card } from '@comptoir/ui';
import type { ReactNode } from 'react';
import './auth-page.css';

export interface AuthPageProps {
  /** The page's h1, e.g. "Sign in". */
  title: string;
  description?: ReactNode;
  /** Links under the card, e.g. to create an account instead. */
  footer?: ReactNode;
  children: ReactNode;
}

/** The narrow, centred frame of the sign-in, sign-up and password pages. */
export function AuthPage({ title, description, footer, children }: AuthPageProps) {
  return (
    <div className="sf-auth-page">
      <div className="sf-auth-page__intro">
        <h1 className="sf-auth-page__title">{title}</h1>
        {description ? <p className="ct-text-muted">{description}</p> : null}
      </div>
      <Card>
        <div className="sf-auth-page__body">{children}</div>
      </Card>
      {footer ? <div className="sf-auth-page__footer">{footer}</div> : null}
    </div>
  );
}
