import { defineConfig, devices } from '@playwright/test';

// The journeys run against the real thing: `pnpm start`'s runner (built API + SPAs, embedded PostgreSQL in
// a fresh data folder), driven in Debian's Chromium (Playwright cannot download browsers here).
const ports = { api: 4320, storefront: 4321, admin: 4322 };
export const urls = {
  api: `http://localhost:${ports.api}`,
  storefront: `http://localhost:${ports.storefront}`,
  admin: `http://localhost:${ports.admin}`,
};

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  reporter: [['list']],
  use: {
    baseURL: urls.admin,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  webServer: {
    command: 'node ../api/scripts/reset-data.mjs && node ../api/dist/start.js',
    url: `${urls.api}/health/ready`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: {
      DATA_DIR: '.data/e2e',
      DATABASE_URL: '',
      PORT: String(ports.api),
      STOREFRONT_PORT: String(ports.storefront),
      ADMIN_PORT: String(ports.admin),
      LOG_LEVEL: 'warn',
    },
  },
});
