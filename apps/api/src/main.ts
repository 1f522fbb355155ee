import { getPolicy, getEnv } from '#domain';
import { createApiApp } from './bootstrap.js';

// `npm run start:api`: the API alone, on a database the `migrate` step has prepared.
const env = getEnv();
const app = await createApiApp(env, getPolicy());
await app.listen(env.port, '0.0.0.0');
process.stdout.write(`termijnwacht API on http://localhost:${env.port}\n`);
