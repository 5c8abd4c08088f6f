import type { ComponentPropsWithRef } from 'react';
import { cx } from './class-names';

export type VisuallyHiddenProps = ComponentPropsWithRef<'span'>;

/** Text for assistive technology only: hidden on screen, still read by screen readers. */
export function VisuallyHidden({ className, ...props }: VisuallyHiddenProps) {
  return <span className={cx('ct-visually-hidden', className)} {...props} />;
}
