import { Form, useLocation, useSearchParams } from 'react-router-dom';
import './search-box.css';

/**
 * The header's product search: a GET form to `/search?q=…` (Enter submits). On the search page it shows the
 * words searched for.
 */
export function SearchBox() {
  const [search] = useSearchParams();
  const { pathname } = useLocation();
  const current = pathname === '/search' ? (search.get('q') ?? '') : '';
  return (
    <Form method="get" action="/search" role="search" className="sf-search-box">
      <label htmlFor="site-search" className="ct-visually-hidden">
        Search products
      </label>
      <input
        // A new search (or leaving the page) resets what is typed to the words of the page shown.
        key={current}
        id="site-search"
        className="ct-input sf-search-box__input"
        type="search"
        name="q"
        defaultValue={current}
        placeholder="Search…"
        enterKeyHint="search"
        autoComplete="off"
        maxLength={200}
        required
      />
      <button type="submit" className="ct-button ct-button--primary ct-button--md sf-search-box__button">
        <svg aria-hidden="true" viewBox="0 0 20 20" width="18" height="18" className="sf-search-box__icon">
          <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M13 13l4.5 4.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <span className="sf-search-box__label">Search</span>
      </button>
    </Form>
  );
}
