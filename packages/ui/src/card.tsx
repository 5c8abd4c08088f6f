import { type ComponentPropsWithRef, type ReactNode, useId } from 'react';
import { cx } from './class-names';
import { Heading, type HeadingLevel } from './heading';

export interface CardProps extends Omit<ComponentPropsWithRef<'section'>, 'title'> {
  title?: ReactNode;
  /** Heading level of the title; defaults to 2 (a card usually sits under the page's h1). */
  headingLevel?: HeadingLevel;
  description?: ReactNode;
  /** Buttons or links shown at the right of the header. */
  actions?: ReactNode;
  footer?: ReactNode;
}

/** A bordered surface grouping related content; labelled by its title when it has one. */
export function Card({
  title,
  headingLevel = 2,
  description,
  actions,
  footer,
  className,
  children,
  ...props
}: CardProps) {
  const titleId = useId();
  const hasHeader = title !== undefined || actions !== undefined;
  return (
    <section
      className={cx('ct-card', className)}
      aria-labelledby={title !== undefined ? titleId : undefined}
      {...props}
    >
      {hasHeader ? (
        <div className="ct-card__header">
          <div className="ct-card__heading">
            {title !== undefined ? (
              <Heading level={headingLevel} className="ct-card__title" id={titleId}>
                {title}
              </Heading>
            ) : null}
            {description ? <p className="ct-card__description">{description}</p> : null}
          </div>
          {actions ? <div className="ct-card__actions">{actions}</div> : null}
        </div>
      ) : null}
      <div className="ct-card__body">{children}</div>
      {footer ? <div className="ct-card__footer">{footer}</div> : null}
    </section>
  );
}
