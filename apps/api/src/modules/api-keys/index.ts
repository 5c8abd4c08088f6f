export type { ApiKey, ApiKeyActor } from './api-keys.service';
export {
  apiKeyPrefix,
  authenticateApiKey,
  createApiKey,
  listApiKeys,
  revokeApiKey,
} from './api-keys.service';
