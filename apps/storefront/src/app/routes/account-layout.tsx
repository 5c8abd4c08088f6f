import { NavLink, Outlet } from 'react-router-dom';
import { RequireAuth } from '../../features/account/components/require-auth';
import './account-layout.css';

const accountNav = [
  { to: '/account', label: 'Profile', end: true },
  { to: '/account/orders', label: 'Orders', end: false },
  { to: '/account/addresses', label: 'Address book', end: false },
  { to: '/account/messages', label: 'Messages', end: false },
];

/** The frame of the signed-in account pages: sections of the account, then the page. */
export function AccountLayoutRoute() {
  return (
    <RequireAuth>
      <nav aria-label="Account" className="sf-account-nav">
        <ul className="sf-account-nav__list">
          {accountNav.map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} end={item.end} className="sf-account-nav__link">
                {item.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </RequireAuth>
  );
}
