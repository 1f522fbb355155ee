import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { signSubscriptionToken } from '#domain';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { sql } from '../../support/sql.js';
import { expectApiError, startApi, type ApiFixture } from './support/api-fixture.js';

// Issue 14 (an outside probe), findings 2, 3, 7 and 14, against the API on SQLite or PostgreSQL (TEST_DATABASE_URL).
// The mails are read from the outbox the API writes in the same transaction; no worker or SMTP server is needed.
describe('subscriptions under abuse: mail bombing, link scanners, expired links, Unicode domains', () => {
  let api: ApiFixture;
  let db: DataSource;
  const secret = 'test-secret-of-sufficient-length';
  const subscribe = (body: object) => request(api.server).post('/subscriptions').send(body);
  const statusOf = async (id: number) => (await sql(db, 'SELECT status FROM subscription WHERE id = ?', [id]))[0].status;

  beforeAll(async () => {
    // The per-client limit (rate-limit.e2e-spec.ts) is off: this file tests the per-mailbox one with many requests.
    api = await startApi({ env: { CONFIRM_LINK_DAYS: '7', RATE_LIMIT_PER_MINUTE: '0', SUBSCRIBE_LIMIT_PER_HOUR: '0' } });
    db = api.app.get(DataSource);
  });
  afterAll(async () => {
    await api?.close();
  });

  it('#2 counts the three-a-day limit per mailbox: case, plus-tags and Gmail dots reach one inbox', async () => {
    const variants = ['victim@example.test', 'Victim+1@example.test', 'VICTIM+2@Example.Test', 'victim+3@example.test'];
    for (const email of variants.slice(0, 3)) await subscribe({ email, digest: 'weekly' }).expect(202);
    expectApiError((await subscribe({ email: variants[3], digest: 'weekly' }).expect(429)).body, 429, /mailbox/);
    // Gmail ignores dots and has two domain names.
    for (const email of ['jan.jansen@gmail.com', 'janjansen+a@gmail.com', 'J.A.N.jansen@googlemail.com'])
      await subscribe({ email, digest: 'weekly' }).expect(202);
    await subscribe({ email: 'jan.jan.sen+z@gmail.com', digest: 'weekly' }).expect(429);
    // Another mailbox at the same domain is not affected.
    await subscribe({ email: 'someone.else@example.test', digest: 'weekly' }).expect(202);
  });

  it('#2 takes JSON only: a cross-site form (urlencoded, text/plain, multipart) cannot subscribe anyone', async () => {
    expectApiError(
      (await request(api.server).post('/subscriptions').type('form').send({ email: 'form@example.test', digest: 'weekly' }).expect(415)).body,
      415,
      /application\/json/,
    );
    await request(api.server).post('/subscriptions').set('Content-Type', 'text/plain').send('{"email":"plain@example.test","digest":"weekly"}').expect(415);
    await request(api.server).post('/subscriptions').field('email', 'multi@example.test').expect(415);
    expect(await sql(db, "SELECT id FROM subscription WHERE email IN ('form@example.test', 'plain@example.test', 'multi@example.test')")).toEqual([]);
  });

  it('#2 prints no free text from the request in the confirmation mail', async () => {
    const message = 'Uw rekening is geblokkeerd bel 0900-1234';
    const created = await subscribe({
      email: 'target@example.test',
      ministry: 'bz',
      minister: message,
      topic: message,
      party: message,
      submitter: message,
      digest: 'weekly',
    }).expect(202);
    const [mail] = await sql(db, 'SELECT "textBody", "htmlBody", subject FROM mail_outbox WHERE "subscriptionId" = ?', [created.body.id]);
    for (const part of [mail.textBody, mail.htmlBody, mail.subject]) expect(part).not.toContain('0900-1234');
    expect(mail.textBody).toContain('Ministerie: Buitenlandse Zaken');
    expect(mail.textBody).toContain('Ook gefilterd op: bewindspersoon, indiener, partij, onderwerp');
  });

  it('#3 a GET or HEAD on the confirmation link (a mail scanner) confirms nothing; the page’s POST does', async () => {
    const { body } = await subscribe({ email: 'scanned@example.test', digest: 'weekly' }).expect(202);
    const token = signSubscriptionToken(secret, 'confirm', body.id);
    await request(api.server).head(`/subscriptions/confirm?token=${token}`).expect(200);
    const page = await request(api.server).get(`/subscriptions/confirm?token=${token}`).expect(200);
    expect(page.text).toMatch(/<form method="post" action="confirm">[\s\S]*<button type="submit">Abonnement bevestigen<\/button>/);
    expect(await statusOf(body.id)).toBe('pending');
    await request(api.server)
      .post('/subscriptions/confirm')
      .type('form')
      .send({ token })
      .expect(200, /Abonnement bevestigd/);
    expect(await statusOf(body.id)).toBe('active');

    const unsubscribe = `/subscriptions/unsubscribe?token=${signSubscriptionToken(secret, 'unsubscribe', body.id)}`;
    await request(api.server).head(unsubscribe).expect(200);
    await request(api.server)
      .get(unsubscribe)
      .expect(200, /<button type="submit">Afmelden<\/button>/);
    expect(await statusOf(body.id)).toBe('active');
    // RFC 8058 one-click: the mail client POSTs List-Unsubscribe=One-Click to the List-Unsubscribe URL.
    await request(api.server)
      .post(unsubscribe)
      .type('form')
      .send('List-Unsubscribe=One-Click')
      .expect(200, /Afgemeld/);
    expect(await statusOf(body.id)).toBe('unsubscribed');
  });

  it('#7 a confirmation link expires after CONFIRM_LINK_DAYS with a clear page, and confirms nothing', async () => {
    const { body } = await subscribe({ email: 'late@example.test', digest: 'weekly' }).expect(202);
    const eightDaysAgo = new Date(Date.now() - 8 * 24 * 3600 * 1000).toISOString();
    await sql(db, 'UPDATE subscription SET "createdAt" = ? WHERE id = ?', [eightDaysAgo, body.id]);
    const token = signSubscriptionToken(secret, 'confirm', body.id);
    await request(api.server)
      .get(`/subscriptions/confirm?token=${token}`)
      .expect(410, /Link verlopen/);
    await request(api.server)
      .post('/subscriptions/confirm')
      .type('form')
      .send({ token })
      .expect(410, /Link verlopen/);
    expect(await statusOf(body.id)).toBe('pending');
    // Six days old still works.
    const { body: fresh } = await subscribe({ email: 'late@example.test', digest: 'daily' }).expect(202);
    await sql(db, 'UPDATE subscription SET "createdAt" = ? WHERE id = ?', [new Date(Date.now() - 6 * 24 * 3600 * 1000).toISOString(), fresh.id]);
    await request(api.server)
      .post('/subscriptions/confirm')
      .type('form')
      .send({ token: signSubscriptionToken(secret, 'confirm', fresh.id) })
      .expect(200, /Abonnement bevestigd/);
  });

  it('#14 accepts an address with a Unicode domain and stores and mails its punycode form', async () => {
    const { body } = await subscribe({ email: 'Jan@Bücher.Example', digest: 'weekly' }).expect(202);
    expect(body.message).toContain('jan@xn--bcher-kva.example');
    expect((await sql(db, 'SELECT email FROM subscription WHERE id = ?', [body.id]))[0].email).toBe('jan@xn--bcher-kva.example');
    expect((await sql(db, 'SELECT "toAddress" FROM mail_outbox WHERE "subscriptionId" = ?', [body.id]))[0].toAddress).toBe('jan@xn--bcher-kva.example');
    await subscribe({ email: 'jan@bü cher.example', digest: 'weekly' }).expect(400);
  });
});
