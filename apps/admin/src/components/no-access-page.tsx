import { buttonClassName, EmptyState } from '@comptoir/ui';
import { renderHomeLink } from './not-found-page';

/** Shown instead of a page the employee's role does not include (the API would refuse its data anyway). */
export function NoAccessPage() {
  return (
    <EmptyState
      headingLevel={1}
      title="You don't have access to this page"
      description="Your role does not include this part of the back office. If you need it for your work, ask the store owner to change your role."
      action={renderHomeLink(buttonClassName({ variant: 'primary' }))}
    />
  );
}
