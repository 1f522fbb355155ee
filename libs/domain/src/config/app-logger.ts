import { ConsoleLogger, type ConsoleLoggerOptions, type LogLevel } from '@nestjs/common';
import type { Env } from './env.js';

// Nest's start-up chatter: one line per module and per route (about 60). Kept for LOG_LEVEL=debug.
const START_UP_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestFactory', 'NestApplication']);

const LEVELS: Record<Env['logLevel'], LogLevel[]> = {
  debug: ['log', 'warn', 'error', 'fatal', 'debug', 'verbose'],
  info: ['log', 'warn', 'error', 'fatal'],
  warn: ['warn', 'error', 'fatal'],
};

/** Nest's ConsoleLogger with LOG_FORMAT (json: one object a line) and LOG_LEVEL, and a quiet start-up below debug. */
class AppLogger extends ConsoleLogger {
  constructor(
    private readonly quietStartUp: boolean,
    options: ConsoleLoggerOptions,
  ) {
    super(options);
  }

  override log(message: unknown, ...rest: unknown[]): void {
    const context = rest[rest.length - 1];
    if (this.quietStartUp && typeof context === 'string' && START_UP_CONTEXTS.has(context)) return;
    super.log(message, ...(rest as [string]));
  }
}

export function createAppLogger(env: Pick<Env, 'logFormat' | 'logLevel'>): ConsoleLogger {
  return new AppLogger(env.logLevel !== 'debug', {
    logLevels: LEVELS[env.logLevel],
    json: env.logFormat === 'json',
    colors: env.logFormat !== 'json' && process.stdout.isTTY,
  });
}
