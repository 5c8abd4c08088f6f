import { NavLink } from 'react-router-dom';
import { useSession } from '../session-context';
import { loginPath } from './require-auth';

/**
 * The header's account entry: "Sign in" for visitors, "My account" with the customer's first name once signed
 * in. Nothing while the session is being restored, so a signed-in customer never sees "Sign in" flash by.
 */
export function AccountNavLink({ className }: { className: string }) {
  const { session } = useSession();
  if (session.status === 'signed-in') {
    return (
      <NavLink to="/account" className={className}>
        <span className="sf-account-link__greeting">Hi {session.customer.firstName},</span>
        <span>My account</span>
      </NavLink>
    );
  }
  if (session.status === 'signed-out') {
    return (
      <NavLink to={loginPath} className={className}>
        Sign in
      </NavLink>
    );
  }
  return null;
}
