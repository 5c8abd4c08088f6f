import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const apiTarget = 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5174,
    strictPort: true,
    // The API's prefixes (and its media files) are proxied so the SPA talks to it on the same origin
    // (VITE_API_URL stays empty).
    // Anchored patterns: only `/admin`, `/admin/...` etc. go to the API, never a client route that merely
    // starts with the same letters.
    proxy: {
      '^/admin(/|$)': { target: apiTarget, changeOrigin: true },
      '^/store(/|$)': { target: apiTarget, changeOrigin: true },
      '^/health(/|$)': { target: apiTarget, changeOrigin: true },
      // Product images (root-relative `/media/...` URLs in API answers).
      '^/media(/|$)': { target: apiTarget, changeOrigin: true },
    },
  },
  preview: { port: 4174 },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    // An absolute API origin: Node's fetch (used under jsdom) cannot resolve relative URLs. Tests that reach
    // the API stub `fetch` (src/test/fake-api.ts); nothing listens there.
    env: { VITE_API_URL: 'http://api.test' },
  },
});
