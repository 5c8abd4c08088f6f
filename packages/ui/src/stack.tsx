import type { CSSProperties, ElementType, ReactNode } from 'react';
import { cx } from './class-names';

export type SpaceToken = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '8' | '10';

export interface StackProps {
  /** Element to render; a `div` by default. */
  as?: ElementType;
  direction?: 'column' | 'row';
  /** Gap from the spacing scale (`--ct-space-*`). */
  gap?: SpaceToken;
  align?: CSSProperties['alignItems'];
  justify?: CSSProperties['justifyContent'];
  /** Let row items wrap onto new lines (useful for button groups on small screens). */
  wrap?: boolean;
  className?: string;
  children?: ReactNode;
}

/** Lays children out in a column or row with a gap from the spacing scale. */
export function Stack({
  as: Tag = 'div',
  direction = 'column',
  gap = '4',
  align,
  justify,
  wrap = false,
  className,
  children,
}: StackProps) {
  const style: CSSProperties = { gap: `var(--ct-space-${gap})` };
  if (align) style.alignItems = align;
  if (justify) style.justifyContent = justify;
  return (
    <Tag
      className={cx('ct-stack', `ct-stack--${direction}`, wrap && 'ct-stack--wrap', className)}
      style={style}
    >
      {children}
    </Tag>
  );
}
