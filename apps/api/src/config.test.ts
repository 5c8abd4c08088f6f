import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

function issuesOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.issues;
    throw error;
  }
  return [];
}

describe('configuration', () => {
  it('has working defaults for development', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, databaseUrl: undefined, dataDir: '.data', corsOrigins: [] });
  });

  it('points storefront links at the storefront this process serves unless told otherwise', () => {
    expect(loadConfig({}).storefrontUrl).toBe('http://localhost:3001');
    expect(loadConfig({ STOREFRONT_PORT: '4311' }).storefrontUrl).toBe('http://localhost:4311');
    expect(
      loadConfig({ STOREFRONT_URL: 'https://shop.example/', STOREFRONT_PORT: '4311' }).storefrontUrl,
    ).toBe('https://shop.example');
  });

  it('names each invalid variable', () => {
    const issues = issuesOf({
      PORT: 'eighty',
      DATABASE_URL: 'not a url',
      CORS_ORIGINS: 'http://ok.example, nope',
    });
    expect(issues.join('\n')).toMatch(/^PORT: /m);
    expect(issues.join('\n')).toMatch(/^DATABASE_URL: /m);
    expect(issues.join('\n')).toMatch(/^CORS_ORIGINS/m);
  });

  it('requires a strong JWT secret in production and owner credentials in pairs', () => {
    expect(issuesOf({ NODE_ENV: 'production' })).toContain('JWT_SECRET: required in production');
    expect(issuesOf({ JWT_SECRET: 'short' }).join()).toMatch(/JWT_SECRET: must be at least 32 characters/);
    expect(issuesOf({ OWNER_EMAIL: 'a@b.test' }).join()).toMatch(/OWNER_EMAIL and OWNER_PASSWORD/);
  });

  it('parses lists and booleans', () => {
    const config = loadConfig({ CORS_ORIGINS: 'http://a.test, http://b.test', TRUST_PROXY: 'true' });
    expect(config.corsOrigins).toEqual(['http://a.test', 'http://b.test']);
    expect(config.trustProxy).toBe(true);
    expect(config.webhooks.allowPrivateNetworks).toBe(false);
    expect(loadConfig({ WEBHOOKS_ALLOW_PRIVATE_NETWORKS: 'true' }).webhooks.allowPrivateNetworks).toBe(true);
    expect(issuesOf({ WEBHOOKS_ALLOW_PRIVATE_NETWORKS: 'maybe' }).join()).toMatch(
      /^WEBHOOKS_ALLOW_PRIVATE_NETWORKS/,
    );
  });
});
