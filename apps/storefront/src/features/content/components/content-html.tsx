import { useEffect, useMemo, useRef } from 'react';
import { useNavigate } from 'react-router-dom';
import { isInternalHref } from '../content-href';
import { sanitizeContentHtml } from '../sanitize-content-html';
import './content-html.css';

export interface ContentHtmlProps {
  /** HTML from the content API (a page or a rich-text section). */
  html: string;
  className?: string;
}

/**
 * Written content (a CMS page, a rich-text section) with the storefront's reading styles. The HTML is
 * sanitised again before it is inserted (see `sanitizeContentHtml`); links to storefront pages inside it
 * open through the router, like every other link of the app, instead of reloading the page.
 */
export function ContentHtml({ html, className }: ContentHtmlProps) {
  const safe = useMemo(() => sanitizeContentHtml(html), [html]);
  const ref = useRef<HTMLDivElement>(null);
  const navigate = useNavigate();
  useEffect(() => {
    const container = ref.current;
    if (!container) return;
    const followInside = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = (event.target as Element | null)?.closest?.('a[href]');
      const href = link?.getAttribute('href');
      if (!link || !href || !isInternalHref(href) || link.getAttribute('target')) return;
      event.preventDefault();
      void navigate(href);
    };
    container.addEventListener('click', followInside);
    return () => container.removeEventListener('click', followInside);
  }, [navigate]);
  return (
    <div
      ref={ref}
      className={className ? `sf-content-html ${className}` : 'sf-content-html'}
      // Sanitised above (and by the API on save).
      dangerouslySetInnerHTML={{ __html: safe }}
    />
  );
}
