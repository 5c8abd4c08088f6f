import type { ComponentPropsWithRef } from 'react';
import { cx } from './class-names';
import { Spinner } from './spinner';

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger';
export type ButtonSize = 'sm' | 'md' | 'lg';

export interface ButtonStyleOptions {
  variant?: ButtonVariant;
  size?: ButtonSize;
  fullWidth?: boolean;
}

/** The class names of a button, for elements that must look like one (e.g. a router `<Link>`). */
export function buttonClassName({
  variant = 'primary',
  size = 'md',
  fullWidth = false,
}: ButtonStyleOptions = {}) {
  return cx('ct-button', `ct-button--${variant}`, `ct-button--${size}`, fullWidth && 'ct-button--full');
}

export interface ButtonProps extends ComponentPropsWithRef<'button'>, ButtonStyleOptions {
  /** Shows a spinner, sets `aria-busy` and disables the button; the label stays so its name does not change. */
  loading?: boolean;
}

/**
 * A button. `type` defaults to `"button"` so a button never submits a form by accident; pass
 * `type="submit"` for the form's main action.
 */
export function Button({
  variant,
  size,
  fullWidth,
  loading = false,
  disabled,
  type = 'button',
  className,
  children,
  ...props
}: ButtonProps) {
  return (
    <button
      type={type}
      className={cx(
        buttonClassName({ variant, size, fullWidth }),
        loading && 'ct-button--loading',
        className,
      )}
      disabled={disabled || loading}
      aria-busy={loading || undefined}
      {...props}
    >
      {loading ? <Spinner size="sm" className="ct-button__spinner" /> : null}
      <span className="ct-button__label">{children}</span>
    </button>
  );
}
