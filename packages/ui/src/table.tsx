import type { ComponentPropsWithRef, ReactNode } from 'react';
import { cx } from './class-names';

export interface TableProps extends ComponentPropsWithRef<'table'> {
  /** The table's caption; visible unless `hideCaption` (then read by screen readers only). */
  caption?: ReactNode;
  hideCaption?: boolean;
  /** Class of the scrolling wrapper that keeps wide tables usable on narrow screens. */
  wrapperClassName?: string;
}

/** A data table that scrolls horizontally inside its wrapper instead of overflowing the page. */
export function Table({
  caption,
  hideCaption = false,
  wrapperClassName,
  className,
  children,
  ...props
}: TableProps) {
  return (
    <div className={cx('ct-table-wrap', wrapperClassName)}>
      <table className={cx('ct-table', className)} {...props}>
        {caption ? (
          <caption className={cx('ct-table__caption', hideCaption && 'ct-visually-hidden')}>
            {caption}
          </caption>
        ) : null}
        {children}
      </table>
    </div>
  );
}

export function TableHead({ className, ...props }: ComponentPropsWithRef<'thead'>) {
  return <thead className={cx('ct-table__head', className)} {...props} />;
}

export function TableBody({ className, ...props }: ComponentPropsWithRef<'tbody'>) {
  return <tbody className={cx('ct-table__body', className)} {...props} />;
}

export function TableRow({ className, ...props }: ComponentPropsWithRef<'tr'>) {
  return <tr className={cx('ct-table__row', className)} {...props} />;
}

export interface TableHeaderCellProps extends Omit<ComponentPropsWithRef<'th'>, 'align'> {
  align?: 'start' | 'end' | 'center';
}

/** A header cell; `scope` defaults to `"col"`. */
export function TableHeaderCell({
  align = 'start',
  scope = 'col',
  className,
  ...props
}: TableHeaderCellProps) {
  return (
    <th scope={scope} className={cx('ct-table__th', `ct-table__cell--${align}`, className)} {...props} />
  );
}

export interface TableCellProps extends Omit<ComponentPropsWithRef<'td'>, 'align'> {
  align?: 'start' | 'end' | 'center';
}

/** A data cell; use `align="end"` for numbers and money. */
export function TableCell({ align = 'start', className, ...props }: TableCellProps) {
  return <td className={cx('ct-table__td', `ct-table__cell--${align}`, className)} {...props} />;
}
