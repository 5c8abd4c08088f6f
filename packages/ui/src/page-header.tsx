import type { ReactNode } from 'react';
import { cx } from './class-names';

export interface PageHeaderProps {
  /** The page's h1. */
  title: ReactNode;
  description?: ReactNode;
  /** Primary actions of the page, aligned right on wide screens. */
  actions?: ReactNode;
  className?: string;
}

/** The top of a page: its h1, a short description and the page's actions. */
export function PageHeader({ title, description, actions, className }: PageHeaderProps) {
  return (
    <div className={cx('ct-page-header', className)}>
      <div className="ct-page-header__text">
        <h1 className="ct-page-header__title">{title}</h1>
        {description ? <p className="ct-page-header__description">{description}</p> : null}
      </div>
      {actions ? <div className="ct-page-header__actions">{actions}</div> : null}
    </div>
  );
}
