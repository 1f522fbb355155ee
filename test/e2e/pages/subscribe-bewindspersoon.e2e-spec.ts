import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import { JobName, QueueName, type AlertSweepResult } from '#domain';
import { linkIn, SmtpSink } from '../worker/support/smtp-sink.js';
import { dropQueues, runJob, startWorker } from '../worker/support/worker-fixture.js';
import { startPages, visit, type PagesFixture } from './support/pages-fixture.js';

const PUBLIC_URL = 'http://termijnwacht.test';
const pathOf = (url: string) => url.slice(PUBLIC_URL.length);

jest.setTimeout(90_000);

// Issues 13 and 17: a bewindspersoon's page offers the same double opt-in as a member's. The subscription carries the
// filters the subscription model has (the ministry of the person's latest post and their surname), so it brings the
// alert for a set that person must answer and none for another ministry's.
describe('subscribing to alerts from a bewindspersoon page', () => {
  let sink: SmtpSink;
  let fixture: PagesFixture;
  let worker: INestApplicationContext;
  const sweep = async (asOf: string) => (await runJob(fixture.env, QueueName.Alerts, JobName.AlertSweep, { asOf })) as AlertSweepResult;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    fixture = await startPages({ env: { SMTP_URL: sink.url, PUBLIC_URL } });
    worker = await startWorker(fixture.env);
  }, 90_000);
  afterAll(async () => {
    await fixture?.close();
    await worker?.close();
    if (fixture) await dropQueues(fixture.env);
    await sink?.close();
  });

  it("a subscription from Faber's page, confirmed, brings the alert for the set asked of her and none for Van Houwelingen's set at VWS", async () => {
    const { page, close } = await visit(fixture, '/bewindspersonen/marjolein-faber-van-de-klashorst?asOf=2024-12-01');
    try {
      const form = page.locator('form[action="/abonneren"]');
      expect(await form.locator('input[name="ministry"]').inputValue()).toBe('aenm');
      expect(await form.locator('input[name="minister"]').inputValue()).toMatch(/^faber-van de klashorst$/i);
      await page.fill('#abonneer-email', 'griffie.aenm@example.test');
      await page.selectOption('#abonneer-overzicht', 'none');
      await Promise.all([page.waitForURL(/\/abonneren$/), form.getByRole('button', { name: 'Aanmelden' }).click()]);
      expect(await page.locator('h1').innerText()).toBe('Bevestig uw aanmelding');
      const [confirmation] = await sink.waitForTo('griffie.aenm@example.test', 1);
      await page.goto(`${fixture.base}${pathOf(linkIn(confirmation, `${PUBLIC_URL}/subscriptions/confirm?token=`))}`);
      const button = page.locator('form button, form input[type="submit"]');
      if (await button.count()) await Promise.all([page.waitForLoadState('load'), button.first().click()]);
      expect(await page.content()).toMatch(/bevestigd/i);

      // Realdoc 013: asked of Faber on 24 October 2024, deferred; its extended term ran out on 5 December 2024.
      // Realdoc 005 (2024Z18561, Van Houwelingen, VWS) goes overdue on 7 December: not this subscription's.
      await sweep('2024-12-09');
      const [, alert] = await sink.waitForTo('griffie.aenm@example.test', 2);
      expect(alert.subject).toBe(
        'termijnwacht: verlengde termijn verstreken: 2024-10-24-podt Uitstel beantwoording vragen van het lid Podt over het bericht «Kinderrechtencollectief: 65% meer kinderen in noodopvang is onacceptabel»',
      );
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const subjects = sink.to('griffie.aenm@example.test').map((m) => m.subject);
      expect(subjects).toHaveLength(2);
      expect(subjects.filter((s) => s.includes('2024Z18561'))).toEqual([]);
    } finally {
      await close();
    }
  });
});
