import {
  DIGEST_CHOICES,
  MailComposer,
  MailLinks,
  MailTemplates,
  resolveHmacSecret,
  SubscriptionInvalidError,
  SubscriptionService,
  type SubscriptionStatus,
  type SubscriptionView,
} from '#domain';
import type { Command } from 'commander';
import { withCliContext, type CliContext } from '../cli-context.js';
import { CliError } from '../exit-codes.js';

interface AddOptions {
  ministry?: string;
  minister?: string;
  submitter?: string;
  party?: string;
  topic?: string;
  rules?: string;
  digest?: string;
  confirmed?: boolean;
}

// No Redis needed here: a confirmation mail waits in the outbox, and a running worker's relay queues it within seconds.
function service({ env, dataSource }: CliContext): SubscriptionService {
  const secret = resolveHmacSecret(env);
  return new SubscriptionService(dataSource, new MailComposer(new MailTemplates(), new MailLinks(env.publicUrl, secret), env.mailFrom), secret, null);
}

function describe(s: SubscriptionView): string {
  const filters = Object.entries(s.filters)
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');
  return `#${s.id} ${s.email} ${s.status} digest=${s.digest} rules=${s.rules.join(',') || '-'}${filters ? ` ${filters}` : ''}`;
}

export function registerSubscriptionCommand(program: Command): void {
  const subscription = program.command('subscription').description('manage alert and digest subscriptions');

  subscription
    .command('add')
    .description("add a subscription; with --confirmed it is active at once (an admin adding a clerks' office), else a confirmation mail goes out first")
    .argument('<email>', 'the address that receives the mail')
    .option('--ministry <ministry>', 'only sets of this ministry (slug such as ocw, or its name)')
    .option('--minister <name>', 'only sets answered by, or addressed to, this minister')
    .option('--submitter <name>', 'only sets this member submitted')
    .option('--party <party>', 'only sets a member of this party submitted')
    .option('--topic <topic>', 'only sets on this topic')
    .option(
      '--rules <list>',
      'comma-separated alert rules (default all): overdue, overdue_after_deferral, due_soon, late_deferral, commitment_overdue; "" for none',
    )
    .option('--digest <cadence>', `${DIGEST_CHOICES.join(' | ')} (default weekly)`)
    .option('--confirmed', 'skip the double opt-in')
    .option('--json', 'print the subscription as JSON')
    .action(async (email: string, options: AddOptions & { json?: boolean }) => {
      const view = await withCliContext(async (ctx) => {
        try {
          return await service(ctx).subscribe({ email, ...options }, { confirmed: Boolean(options.confirmed), createdBy: 'admin' });
        } catch (error) {
          if (error instanceof SubscriptionInvalidError) throw new CliError(error.problems.join('\n'));
          throw error;
        }
      });
      if (options.json) process.stdout.write(`${JSON.stringify(view, null, 2)}\n`);
      else process.stdout.write(`${describe(view)}${view.status === 'pending' ? ' (a confirmation mail is in the outbox; a running worker sends it)' : ''}\n`);
    });

  subscription
    .command('list')
    .description('list subscriptions')
    .option('--status <status>', 'pending | active | unsubscribed')
    .option('--json', 'print JSON')
    .action(async (options: { status?: string; json?: boolean }) => {
      if (options.status && !['pending', 'active', 'unsubscribed'].includes(options.status))
        throw new CliError(`--status ${options.status}: expected pending, active or unsubscribed`);
      const list = await withCliContext((ctx) => service(ctx).list((options.status as SubscriptionStatus) ?? null));
      process.stdout.write(options.json ? `${JSON.stringify(list, null, 2)}\n` : list.map((s) => `${describe(s)}\n`).join(''));
    });

  subscription
    .command('remove')
    .description('delete a subscription (its pending mails are cancelled)')
    .argument('<id>', 'subscription id')
    .action(async (id: string) => {
      if (!/^\d+$/.test(id)) throw new CliError(`${id}: expected a subscription id`);
      const removed = await withCliContext((ctx) => service(ctx).remove(Number(id)));
      if (!removed) throw new CliError(`no subscription #${id}`);
      process.stdout.write(`removed #${id}\n`);
    });
}
