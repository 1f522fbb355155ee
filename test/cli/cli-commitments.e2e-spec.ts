import { describe, expect, it } from '@jest/globals';
import { runCli } from '../support/run-cli.js';
import { createTestEnv, databaseVars, SEEDS_DIR } from '../support/test-env.js';

// `termijnwacht commitments --sort confidence`: the review list with the extractor's least sure commitments first.
describe('termijnwacht commitments --sort', () => {
  it('lists the seeds’ commitments least sure first, each with its confidence and construction', () => {
    const env = databaseVars(createTestEnv());
    expect(runCli(['import', SEEDS_DIR], env).status).toBe(0);
    const byDue = runCli(['commitments', '--as-of', '2022-08-01'], env);
    expect(byDue.status).toBe(0);
    const run = runCli(['commitments', '--as-of', '2022-08-01', '--sort', 'confidence'], env);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const items = JSON.parse(run.stdout) as { id: number; confidence: number; construction: string }[];
    expect(items.length).toBe(JSON.parse(byDue.stdout).length);
    expect(items.length).toBeGreaterThan(3);
    const scores = items.map((c) => c.confidence);
    expect(scores.every((x) => x > 0 && x <= 1)).toBe(true);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    expect(scores[0]).toBeLessThan(scores[scores.length - 1]);
    expect(new Set(items.map((c) => c.construction))).toContain('passive');
  });

  it('exits 65 naming the option for an unknown order', () => {
    const env = databaseVars(createTestEnv());
    const run = runCli(['commitments', '--sort', 'colour'], env);
    expect(run.status).toBe(65);
    expect(run.stderr).toMatch(/--sort colour: expected one of due, confidence/);
  });
});
