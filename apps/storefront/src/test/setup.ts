import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// The SDK builds requests on the page's own origin (`/store/...`), as a browser resolves them; Node's Request
// wants absolute URLs, so resolve relative ones against the test page's address like a browser would.
const NodeRequest = globalThis.Request;
globalThis.Request = class PageRequest extends NodeRequest {
  constructor(input: RequestInfo | URL, init?: RequestInit) {
    super(typeof input === 'string' ? new URL(input, window.location.href).href : input, init);
  }
} as typeof Request;

// Vitest globals are off, so Testing Library cannot register its automatic cleanup; unmount after each test.
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  // The cart id lives in localStorage: each test starts without a cart. A preview token and a dismissed
  // announcement live in sessionStorage: each test starts outside preview mode.
  window.localStorage.clear();
  window.sessionStorage.clear();
  // The store's branding is set on <html> and in the head: each test starts from the defaults.
  document.documentElement.removeAttribute('style');
});
