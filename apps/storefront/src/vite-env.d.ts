/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Base URL of the Comptoir API; empty means the page's own origin (the dev server proxies to the API). */
  readonly VITE_API_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
