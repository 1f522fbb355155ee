import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import { JobName, QueueName, type AlertSweepResult } from '#domain';
import { linkIn, SmtpSink, type ReceivedMail } from '../worker/support/smtp-sink.js';
import { dropQueues, runJob, startWorker } from '../worker/support/worker-fixture.js';
import type { Page } from 'playwright-core';
import { seriousAxeViolations, startPages, visit, type PagesFixture } from './support/pages-fixture.js';

const PUBLIC_URL = 'http://termijnwacht.test';
const pathOf = (url: string) => url.slice(PUBLIC_URL.length);

jest.setTimeout(90_000);

// Issue 13: "Staff cannot subscribe from the page." A member's page offers the same double opt-in as the API; a
// subscription made there and confirmed from its mail (a real SMTP peer, the real worker) brings that member's alerts.
// Issues 13 and 17: a bewindspersoon's page offers it too, with the filters the subscription model has (the ministry of
// the person's latest post and their surname).
describe("subscribing to alerts from a member's or a bewindspersoon's page", () => {
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

  /** Fills in the page's form for a subscription without overview mail and sends it; the confirmation page shows. */
  async function subscribe(page: Page, email: string): Promise<void> {
    const form = page.locator('form[action="/abonneren"]');
    await page.fill('#abonneer-email', email);
    await page.selectOption('#abonneer-overzicht', 'none');
    await Promise.all([page.waitForURL(/\/abonneren$/), form.getByRole('button', { name: 'Aanmelden' }).click()]);
    expect(await page.locator('h1').innerText()).toBe('Bevestig uw aanmelding');
  }

  /** Opens the confirmation link in the browser; a page with a button (GET shows, POST confirms) is clicked. */
  async function confirmFrom(page: Page, confirmation: ReceivedMail): Promise<void> {
    await page.goto(`${fixture.base}${pathOf(linkIn(confirmation, `${PUBLIC_URL}/subscriptions/confirm?token=`))}`);
    const button = page.locator('form button, form input[type="submit"]');
    if (await button.count()) await Promise.all([page.waitForLoadState('load'), button.first().click()]);
    expect(await page.content()).toMatch(/bevestigd/i);
  }

  it("a subscription from Sjoerdsma's page, confirmed from its mail, brings the alert for his set and none for another member's", async () => {
    const { page, problems, close } = await visit(fixture, '/kamerleden/sjoerdsma');
    try {
      const form = page.locator('form[action="/abonneren"]');
      expect(await form.locator('input[name="_csrf"]').inputValue()).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(await form.locator('input[name="submitter"]').inputValue()).toBe('sjoerdsma');
      expect((await seriousAxeViolations(page)).map((v) => v.id)).toEqual([]);
      await subscribe(page, 'Staf.Sjoerdsma@Example.test');
      expect(problems.filter((p) => !p.includes('HTTP 202'))).toEqual([]);

      const [confirmation] = await sink.waitForTo('staf.sjoerdsma@example.test', 1);
      expect(confirmation.subject).toBe('Bevestig uw abonnement op termijnwacht');
      // Pending: seed 000 (2022Z01519, asked by Sjoerdsma) is overdue on 24 February 2022, but nothing goes out yet.
      expect((await sweep('2022-02-23')).newAlerts).toBe(0);

      await confirmFrom(page, confirmation);

      await sweep('2022-02-24');
      const [, alert] = await sink.waitForTo('staf.sjoerdsma@example.test', 2);
      expect(alert.subject).toContain('2022Z01519');

      // Van Houwelingen's 2024Z18561 goes overdue on 7 December 2024: an alert for others, none for this address.
      await sweep('2024-12-09');
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(
        sink
          .to('staf.sjoerdsma@example.test')
          .map((m) => m.subject)
          .filter((s) => s.includes('2024Z18561')),
      ).toEqual([]);
    } finally {
      await close();
    }
  });

  it('refuses the form without its token or from another site, and lists what is wrong in a bad one', async () => {
    const post = (body: Record<string, string>, headers: Record<string, string> = {}) =>
      fetch(`${fixture.base}/abonneren`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
        body: new URLSearchParams(body),
      });
    expect((await post({ email: 'x@example.test', submitter: 'sjoerdsma', rules: 'overdue' })).status).toBe(403);

    const { page, close } = await visit(fixture, '/ministeries/bz');
    try {
      const token = await page.locator('form[action="/abonneren"] input[name="_csrf"]').inputValue();
      const cookie = (await page.context().cookies(fixture.base)).find((c) => c.name === 'tw_form')!;
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
      const withCookie = { cookie: `tw_form=${cookie.value}` };
      expect(
        (await post({ _csrf: token, email: 'y@example.test', ministry: 'bz', rules: 'overdue' }, { ...withCookie, origin: 'http://evil.example' })).status,
      ).toBe(403);
      const bad = await post({ _csrf: token, email: 'not an address', ministry: 'bz', rules: 'sometimes' }, withCookie);
      expect(bad.status).toBe(400);
      const text = await bad.text();
      expect(text).toMatch(/<li>email(=|&#x3D;)/);
      expect(text).toMatch(/<li>rules/);
      expect(sink.to('y@example.test')).toEqual([]);
    } finally {
      await close();
    }
  });

  it("a subscription from Faber's page, confirmed, brings the alert for the set asked of her and none for Van Houwelingen's set at VWS", async () => {
    const { page, close } = await visit(fixture, '/bewindspersonen/marjolein-faber-van-de-klashorst?asOf=2024-12-01');
    try {
      const form = page.locator('form[action="/abonneren"]');
      expect(await form.locator('input[name="ministry"]').inputValue()).toBe('aenm');
      expect(await form.locator('input[name="minister"]').inputValue()).toMatch(/^faber-van de klashorst$/i);
      await subscribe(page, 'griffie.aenm@example.test');
      const [confirmation] = await sink.waitForTo('griffie.aenm@example.test', 1);
      await confirmFrom(page, confirmation);

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
