import { join } from 'node:path';
import { z } from 'zod';

/**
 * The only reader of `process.env` in the API. Every setting is parsed by zod once at start;
 * an invalid value stops the process with a message naming the variable.
 */
const booleanString = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const listString = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.url()));

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** PostgreSQL connection string; unset means "start an embedded PostgreSQL under DATA_DIR". */
  DATABASE_URL: z.url().optional(),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  /** Folder holding everything the API writes (embedded database, generated secrets, uploads). */
  DATA_DIR: z.string().min(1).default('.data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_PRETTY: booleanString.optional(),
  /** Comma-separated origins allowed by CORS (the storefront and back-office when served elsewhere). */
  CORS_ORIGINS: listString.default([]),
  BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(50 * 1024 * 1024)
    .default(1024 * 1024),
  /** Secret for signing access tokens; at least 32 characters. Required in production. */
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  ADMIN_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(86400).default(900),
  CUSTOMER_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(86400).default(900),
  /** Public address of the storefront, used in links sent by email (password reset, account). */
  /** Absent: the storefront this process serves, `http://localhost:<STOREFRONT_PORT>`. */
  STOREFRONT_URL: z.url().optional(),
  /** SMTP server for outgoing mail (`smtp://user:pass@host:587`, `smtps://…`). Unset: mail stays in the outbox. */
  SMTP_URL: z
    .url()
    .refine((url) => /^smtps?:/.test(url), 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Comptoir <no-reply@localhost>'),
  /** Sign-in and password-reset attempts allowed per client IP, and per account, in their windows. */
  AUTH_RATE_LIMIT_PER_IP: z.coerce.number().int().min(1).default(30),
  AUTH_RATE_LIMIT_PER_ACCOUNT: z.coerce.number().int().min(1).default(10),
  /** Store and Admin API requests allowed per minute: per API key (integrators) and per client IP (the rest). */
  API_RATE_LIMIT_PER_KEY: z.coerce.number().int().min(1).default(600),
  API_RATE_LIMIT_PER_IP: z.coerce.number().int().min(1).default(1200),
  /** The first owner employee, created on start when no owner exists. */
  OWNER_EMAIL: z.email().optional(),
  OWNER_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
  /** Ports of the storefront and back-office web servers started by `pnpm start` (the all-in-one runner). */
  STOREFRONT_PORT: z.coerce.number().int().min(0).max(65535).default(3001),
  ADMIN_PORT: z.coerce.number().int().min(0).max(65535).default(3002),
  /** `pnpm start` serves the built SPAs; `pnpm dev` turns this off and uses Vite's dev servers instead. */
  SERVE_APPS: booleanString.default(true),
  /** Seed of the deterministic demo-store generator used on the first `pnpm start`. */
  DEMO_SEED: z.coerce.number().int().min(0).default(20261123),
  DEMO_ORDERS: z.coerce.number().int().min(0).max(100_000).default(300),
  /** Folder of uploaded media (product images); defaults to DATA_DIR/media. */
  MEDIA_DIR: z.string().min(1).optional(),
  /** Public base URL of media files: `/media` (served by the API) or a CDN/bucket URL in front of MEDIA_DIR. */
  MEDIA_BASE_URL: z.string().min(1).default('/media'),
  /** Where uploads are stored: `local` (MEDIA_DIR) or `s3` (an S3-compatible bucket, S3_* below). */
  MEDIA_STORAGE: z.enum(['local', 's3']).default('local'),
  S3_BUCKET: z.string().min(1).optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  /** Endpoint of an S3-compatible service (MinIO, R2…); AWS S3 when unset. */
  S3_ENDPOINT: z.url().optional(),
  S3_FORCE_PATH_STYLE: booleanString.default(false),
  /** Keys of the bucket; unset: the AWS default credential chain (environment, instance role). */
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /** Seconds a storefront listing/search response may be reused by this process (0 turns the cache off). */
  CATALOG_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(30),
  /** Trust X-Forwarded-* headers (set when running behind a reverse proxy). */
  TRUST_PROXY: booleanString.default(false),
  /**
   * Let webhook endpoints be private, loopback or link-local addresses (a receiver on this machine or the LAN).
   * Off by default: webhooks would otherwise let anyone with `integrations:manage` probe the internal network.
   */
  WEBHOOKS_ALLOW_PRIVATE_NETWORKS: booleanString.default(false),
});

export type Env = z.infer<typeof envSchema>;

export interface AppConfig {
  env: Env['NODE_ENV'];
  host: string;
  port: number;
  databaseUrl: string | undefined;
  databasePoolMax: number;
  dataDir: string;
  logLevel: Env['LOG_LEVEL'];
  logPretty: boolean;
  corsOrigins: string[];
  bodyLimit: number;
  jwtSecret: string | undefined;
  adminTokenTtlSeconds: number;
  customerTokenTtlSeconds: number;
  storefrontUrl: string;
  mail: { smtpUrl: string | undefined; from: string };
  authRateLimit: { perIp: number; perAccount: number };
  /** Requests per minute to /store and /admin: per API key, else per client IP. */
  apiRateLimit: { perKey: number; perIp: number };
  /** Cookies marked Secure (production: the API is served over HTTPS). */
  secureCookies: boolean;
  owner: { email: string; password: string } | undefined;
  trustProxy: boolean;
  web: { serveApps: boolean; storefrontPort: number; adminPort: number };
  demoSeed: number;
  /** Orders over the past year in the demo store (0: none). */
  demoOrders: number;
  media: {
    dir: string;
    baseUrl: string;
    s3?: {
      bucket: string;
      region: string;
      endpoint: string | undefined;
      forcePathStyle: boolean;
      credentials: { accessKeyId: string; secretAccessKey: string } | undefined;
    };
  };
  catalogCacheSeconds: number;
  webhooks: { allowPrivateNetworks: boolean };
}

export class ConfigError extends Error {
  constructor(public readonly issues: string[]) {
    super(`Invalid configuration:\n${issues.map((issue) => `  - ${issue}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses an environment (defaults to `process.env`) into the API configuration. Throws ConfigError. */
export function loadConfig(source: Record<string, string | undefined> = process.env): AppConfig {
  const cleaned = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const env = parsed.data;
  const issues: string[] = [];
  if (env.NODE_ENV === 'production' && !env.JWT_SECRET) issues.push('JWT_SECRET: required in production');
  if (env.MEDIA_STORAGE === 's3' && !env.S3_BUCKET) issues.push('S3_BUCKET: required when MEDIA_STORAGE=s3');
  if (Boolean(env.S3_ACCESS_KEY_ID) !== Boolean(env.S3_SECRET_ACCESS_KEY)) {
    issues.push('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY: set both or neither');
  }
  if (Boolean(env.OWNER_EMAIL) !== Boolean(env.OWNER_PASSWORD)) {
    issues.push('OWNER_EMAIL and OWNER_PASSWORD: set both or neither');
  }
  if (issues.length > 0) throw new ConfigError(issues);
  return {
    env: env.NODE_ENV,
    host: env.HOST,
    port: env.PORT,
    databaseUrl: env.DATABASE_URL,
    databasePoolMax: env.DATABASE_POOL_MAX,
    dataDir: env.DATA_DIR,
    logLevel: env.LOG_LEVEL,
    logPretty: env.LOG_PRETTY ?? (env.NODE_ENV === 'development' && process.stdout.isTTY === true),
    corsOrigins: env.CORS_ORIGINS,
    bodyLimit: env.BODY_LIMIT_BYTES,
    jwtSecret: env.JWT_SECRET,
    adminTokenTtlSeconds: env.ADMIN_TOKEN_TTL_SECONDS,
    customerTokenTtlSeconds: env.CUSTOMER_TOKEN_TTL_SECONDS,
    storefrontUrl: (env.STOREFRONT_URL ?? `http://localhost:${env.STOREFRONT_PORT}`).replace(/\/+$/, ''),
    mail: { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM },
    authRateLimit: { perIp: env.AUTH_RATE_LIMIT_PER_IP, perAccount: env.AUTH_RATE_LIMIT_PER_ACCOUNT },
    apiRateLimit: { perKey: env.API_RATE_LIMIT_PER_KEY, perIp: env.API_RATE_LIMIT_PER_IP },
    secureCookies: env.NODE_ENV === 'production',
    owner:
      env.OWNER_EMAIL && env.OWNER_PASSWORD
        ? { email: env.OWNER_EMAIL, password: env.OWNER_PASSWORD }
        : undefined,
    trustProxy: env.TRUST_PROXY,
    web: { serveApps: env.SERVE_APPS, storefrontPort: env.STOREFRONT_PORT, adminPort: env.ADMIN_PORT },
    demoSeed: env.DEMO_SEED,
    demoOrders: env.DEMO_ORDERS,
    media: {
      dir: env.MEDIA_DIR ?? join(env.DATA_DIR, 'media'),
      baseUrl: env.MEDIA_BASE_URL.replace(/\/+$/, ''),
    },
    catalogCacheSeconds: env.CATALOG_CACHE_SECONDS,
    webhooks: { allowPrivateNetworks: env.WEBHOOKS_ALLOW_PRIVATE_NETWORKS },
  };
}
