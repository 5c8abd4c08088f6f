import { defineConfig, devices, type PlaywrightTestConfig } from '@playwright/test';

/** The SPA whose journeys a config runs; its URL is the journeys' `baseURL`. */
export type JourneyApp = 'storefront' | 'admin';

export interface JourneyUrls {
  api: string;
  storefront: string;
  admin: string;
}

/**
 * The URLs of the runner a journey run starts: the API on `basePort`, the storefront on the next port and the
 * back-office on the one after. Each app gets its own `basePort` so both suites can run side by side.
 */
export function journeyUrls(basePort: number): JourneyUrls {
  return {
    api: `http://localhost:${basePort}`,
    storefront: `http://localhost:${basePort + 1}`,
    admin: `http://localhost:${basePort + 2}`,
  };
}

/**
 * The Playwright config of an app's journeys (`e2e/*.spec.ts` next to the app's `playwright.config.ts`).
 * The journeys run against the real thing: `pnpm start`'s runner (built API + SPAs, embedded PostgreSQL in
 * a fresh data folder), driven in Debian's Chromium (Playwright cannot download browsers here).
 */
export function journeyConfig({
  app,
  basePort,
}: {
  app: JourneyApp;
  basePort: number;
}): PlaywrightTestConfig {
  const urls = journeyUrls(basePort);
  return defineConfig({
    testDir: './e2e',
    fullyParallel: false,
    workers: 1,
    retries: 0,
    timeout: 30_000,
    reporter: [['list']],
    use: {
      baseURL: urls[app],
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
      // Relative to the app's folder, where Playwright runs the command.
      command: 'node ../api/scripts/reset-data.mjs && node ../api/dist/start.js',
      url: `${urls.api}/health/ready`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: 'pipe',
      env: {
        DATA_DIR: '.data/e2e',
        DATABASE_URL: '',
        PORT: String(basePort),
        STOREFRONT_PORT: String(basePort + 1),
        ADMIN_PORT: String(basePort + 2),
        // A few weeks' worth of demo orders: enough history for the screens, without slowing every start.
        DEMO_ORDERS: '40',
        // Every journey signs the demo owner in from the same address: more than the production limits allow.
        AUTH_RATE_LIMIT_PER_ACCOUNT: '200',
        AUTH_RATE_LIMIT_PER_IP: '500',
        // Every journey's browser and API calls come from 127.0.0.1.
        API_RATE_LIMIT_PER_IP: '100000',
        // The webhook journey's receiver listens on 127.0.0.1.
        WEBHOOKS_ALLOW_PRIVATE_NETWORKS: 'true',
        LOG_LEVEL: 'warn',
      },
    },
  });
}
