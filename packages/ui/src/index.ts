export { Alert, type AlertProps, type AlertTone } from './alert';
export { Badge, type BadgeProps, type BadgeTone } from './badge';
export { Button, type ButtonProps, type ButtonSize, type ButtonVariant, buttonClassName } from './button';
export { Card, type CardProps } from './card';
export { CheckboxField, type CheckboxFieldProps } from './checkbox-field';
export { cx } from './class-names';
export { type DescriptionItem, DescriptionList, type DescriptionListProps } from './description-list';
export { EmptyState, type EmptyStateProps } from './empty-state';
export { ErrorPage, type ErrorPageProps } from './error-page';
export { ErrorState, type ErrorStateProps } from './error-state';
export {
  type FieldIds,
  type FieldMessages,
  FieldShell,
  type FieldShellProps,
  useFieldIds,
} from './field-shell';
export { Heading, type HeadingLevel, type HeadingProps } from './heading';
export { LoadingState, type LoadingStateProps } from './loading-state';
export { type HomeLinkRenderer, NotFoundPage, type NotFoundPageProps } from './not-found-page';
export { PageHeader, type PageHeaderProps } from './page-header';
export { SelectField, type SelectFieldProps, type SelectOption } from './select-field';
export { Spinner, type SpinnerProps } from './spinner';
export { type SpaceToken, Stack, type StackProps } from './stack';
export {
  Table,
  TableBody,
  TableCell,
  type TableCellProps,
  TableHead,
  TableHeaderCell,
  type TableHeaderCellProps,
  type TableProps,
  TableRow,
} from './table';
export { TextField, type TextFieldProps } from './text-field';
export { VisuallyHidden, type VisuallyHiddenProps } from './visually-hidden';
