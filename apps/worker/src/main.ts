import { getPolicy, getEnv } from '#domain';
import { createWorkerApp } from './bootstrap.js';

// `npm run start:worker`: the worker alone, on a database the `migrate` step has prepared and the Redis of REDIS_URL.
const env = getEnv();
await createWorkerApp(env, getPolicy());
process.stdout.write(
  `termijnwacht worker on ${env.redisUrl.replace(/\/\/[^@/]*@/, '//***@')} (queue prefix '${env.queuePrefix}'); mail ${env.smtpUrl ? 'over SMTP' : `as .eml files in ${env.dataDir}/outbox`}\n`,
);
