import path from 'node:path';

/** The process configuration, read from the environment once, validated as a whole. */
export interface Env {
  dataDir: string;
  /** null → the embedded SQLite file under dataDir */
  databaseUrl: string | null;
  /** PostgreSQL schema to use (created when missing); null → the server's default (public). */
  databaseSchema: string | null;
  sqliteFile: string;
  redisUrl: string;
  /** null → mail is written as .eml files under dataDir/outbox */
  smtpUrl: string | null;
  mailFrom: string;
  port: number;
  /** Public base URL used in links inside emails and feeds. */
  publicUrl: string;
  hmacSecret: string | null;
  opendataUrl: string;
  /** BullMQ key prefix; tests give each run its own. */
  queuePrefix: string;
  /** Requests per minute per client address on the API; 0 turns the limit off. */
  rateLimitPerMinute: number;
  /** The polite interval between two requests to the open data API, in ms (OPENDATA_MIN_INTERVAL_MS; tests set 0). */
  opendataMinIntervalMs: number;
  /** 'memory' (this process) or 'redis' (one budget shared by every API process, in REDIS_URL). */
  rateLimitStore: 'memory' | 'redis';
  /**
   * Express's `trust proxy`: false (the socket's address is the client), a hop count, or addresses/CIDRs of the
   * proxies whose X-Forwarded-For is believed.
   */
  trustProxy: false | number | string[];
  /** Subscriptions one client may start per hour (POST /subscriptions); 0 turns this limit off. */
  subscribeLimitPerHour: number;
  /** How many days a confirmation link works. */
  confirmLinkDays: number;
  /** 'text' (Nest's coloured lines) or 'json' (one JSON object a line). */
  logFormat: 'text' | 'json';
  /** 'debug' adds start-up details (each route mapped); 'warn' keeps only warnings and errors. */
  logLevel: 'debug' | 'info' | 'warn';
}

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'EnvError';
  }
}

type Source = Record<string, string | undefined>;

const URL_SCHEMES: Record<string, string[]> = {
  DATABASE_URL: ['postgres:', 'postgresql:'],
  REDIS_URL: ['redis:', 'rediss:'],
  SMTP_URL: ['smtp:', 'smtps:'],
  OPENDATA_URL: ['http:', 'https:'],
  PUBLIC_URL: ['http:', 'https:'],
};

function checkUrl(name: string, value: string | undefined, problems: string[]): void {
  if (value === undefined || value === '') return;
  let protocol: string;
  try {
    protocol = new URL(value).protocol;
  } catch {
    problems.push(`${name}=${redact(value)} (not a URL)`);
    return;
  }
  if (!URL_SCHEMES[name].includes(protocol)) {
    problems.push(`${name}=${redact(value)} (must start with ${URL_SCHEMES[name].map((s) => `${s}//`).join(' or ')})`);
  }
}

/** Never echo a password back into a log. */
function redact(value: string): string {
  return value.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

const CIDR = /^(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9a-f:]*:[0-9a-f:.]*)(?:\/\d{1,3})?$/i;

/** TRUST_PROXY: empty/false → none; a hop count (1 = one proxy in front); or a comma list of addresses/CIDRs. */
function parseTrustProxy(value: string | undefined, problems: string[]): Env['trustProxy'] {
  if (value === undefined || value === '' || value === 'false' || value === '0') return false;
  if (/^\d{1,2}$/.test(value)) return Number(value);
  const list = value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  const named = ['loopback', 'linklocal', 'uniquelocal'];
  if (list.length > 0 && list.every((v) => named.includes(v) || CIDR.test(v))) return list;
  problems.push(`TRUST_PROXY=${value} (a hop count such as 1, or addresses/CIDRs such as 10.0.0.0/8,loopback)`);
  return false;
}

/** Validates every variable and reports all problems together, as NAME=value (rule). */
export function readEnv(source: Source = process.env): Env {
  const problems: string[] = [];
  for (const name of Object.keys(URL_SCHEMES)) checkUrl(name, source[name], problems);
  const portText = source.PORT ?? '3000';
  const port = Number(portText);
  if (!/^\d{1,5}$/.test(portText) || port < 1 || port > 65535) problems.push(`PORT=${portText} (an integer from 1 to 65535)`);
  const politeText = source.OPENDATA_MIN_INTERVAL_MS ?? '250';
  if (!/^\d{1,6}$/.test(politeText)) problems.push(`OPENDATA_MIN_INTERVAL_MS=${politeText} (a whole number of milliseconds; 0 for no pause)`);
  const rateText = source.RATE_LIMIT_PER_MINUTE ?? '600';
  if (!/^\d{1,7}$/.test(rateText)) problems.push(`RATE_LIMIT_PER_MINUTE=${rateText} (a whole number; 0 turns the limit off)`);
  const rateLimitStore = source.RATE_LIMIT_STORE || 'memory';
  if (rateLimitStore !== 'memory' && rateLimitStore !== 'redis') problems.push(`RATE_LIMIT_STORE=${rateLimitStore} (memory or redis)`);
  const trustProxy = parseTrustProxy(source.TRUST_PROXY, problems);
  const subscribeText = source.SUBSCRIBE_LIMIT_PER_HOUR ?? '10';
  if (!/^\d{1,6}$/.test(subscribeText)) problems.push(`SUBSCRIBE_LIMIT_PER_HOUR=${subscribeText} (a whole number; 0 turns the limit off)`);
  const confirmText = source.CONFIRM_LINK_DAYS ?? '7';
  if (!/^\d{1,4}$/.test(confirmText) || Number(confirmText) < 1) problems.push(`CONFIRM_LINK_DAYS=${confirmText} (a whole number of days, at least 1)`);
  const logFormat = source.LOG_FORMAT || 'text';
  if (logFormat !== 'text' && logFormat !== 'json') problems.push(`LOG_FORMAT=${logFormat} (text or json)`);
  const logLevel = source.LOG_LEVEL || 'info';
  if (!['debug', 'info', 'warn'].includes(logLevel)) problems.push(`LOG_LEVEL=${logLevel} (debug, info or warn)`);
  const hmacSecret = source.HMAC_SECRET || null;
  if (hmacSecret !== null && hmacSecret.length < 16) problems.push('HMAC_SECRET=*** (at least 16 characters)');
  const databaseSchema = source.DATABASE_SCHEMA || null;
  if (databaseSchema !== null && !/^[a-z_][a-z0-9_]{0,62}$/.test(databaseSchema)) {
    problems.push(`DATABASE_SCHEMA=${databaseSchema} (lower-case letters, digits and _; at most 63)`);
  }
  const mailFrom = source.MAIL_FROM ?? 'termijnwacht <termijnwacht@localhost>';
  if (/[\r\n]/.test(mailFrom)) problems.push('MAIL_FROM (must be one line)');
  if (problems.length > 0) throw new EnvError(problems);

  const dataDir = path.resolve(source.DATA_DIR || './data');
  return {
    dataDir,
    databaseUrl: source.DATABASE_URL || null,
    databaseSchema,
    sqliteFile: path.join(dataDir, 'termijnwacht.sqlite'),
    redisUrl: source.REDIS_URL || 'redis://127.0.0.1:6379',
    smtpUrl: source.SMTP_URL || null,
    mailFrom,
    port,
    publicUrl: (source.PUBLIC_URL || `http://localhost:${port}`).replace(/\/+$/, ''),
    hmacSecret,
    opendataUrl: source.OPENDATA_URL || 'https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0',
    queuePrefix: source.QUEUE_PREFIX || 'termijnwacht',
    rateLimitPerMinute: Number(rateText),
    opendataMinIntervalMs: Number(politeText),
    rateLimitStore: rateLimitStore as Env['rateLimitStore'],
    trustProxy,
    subscribeLimitPerHour: Number(subscribeText),
    confirmLinkDays: Number(confirmText),
    logFormat: logFormat as Env['logFormat'],
    logLevel: logLevel as Env['logLevel'],
  };
}

let cached: Env | null = null;

/** The validated environment of this process, read once. */
export function getEnv(): Env {
  cached ??= readEnv();
  return cached;
}

/** Tests that change process.env between cases call this. */
export function clearEnvCache(): void {
  cached = null;
}
