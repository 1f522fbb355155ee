export { API_KEY_ROLES, ApiKeyEntity, type ApiKeyRole } from './api-key.entity.js';
export { API_KEY_PREFIX, ApiKeyService, hashApiKey, type ApiKeyPrincipal, type ApiKeyView, type CreatedApiKey } from './api-key.service.js';
