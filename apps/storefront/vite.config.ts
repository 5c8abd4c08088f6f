import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const apiTarget = 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    strictPort: true,
    // The API's prefixes are proxied so the SPA talks to it on the same origin (VITE_API_URL stays empty).
    // Anchored patterns: a client route such as `/stores-near-you` must not be sent to the API.
    proxy: {
      '^/store(/|$)': { target: apiTarget, changeOrigin: true },
      '^/health(/|$)': { target: apiTarget, changeOrigin: true },
      // Product pictures and their thumbnails are served by the API.
      '^/media(/|$)': { target: apiTarget, changeOrigin: true },
    },
  },
  preview: { port: 4173 },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
  },
});
