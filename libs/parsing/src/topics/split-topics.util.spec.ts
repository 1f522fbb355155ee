import { describe, expect, it } from '@jest/globals';
import { WarningLog } from '../text/warning-log.js';
import { splitTopics } from './split-topics.util.js';
import { THEME_VOCABULARY } from './theme-vocabulary.js';

function split(line: string): { topics: string[]; warnings: string[] } {
  const warnings = new WarningLog();
  return { topics: splitTopics(line, warnings, 9), warnings: warnings.toArray() };
}

describe('THEME_VOCABULARY', () => {
  it('holds the whole theme list: top-level themes and subthemes, lower case, no duplicates', () => {
    expect(THEME_VOCABULARY.length).toBeGreaterThanOrEqual(140);
    expect(new Set(THEME_VOCABULARY).size).toBe(THEME_VOCABULARY.length);
    expect(THEME_VOCABULARY.every((t) => t === t.toLowerCase() && t.trim() === t)).toBe(true);
    for (const theme of [
      'cultuur en recreatie',
      'openbare orde en veiligheid',
      'politie, brandweer en hulpdiensten',
      'natuur en milieu',
      'ict',
      'recht',
      'sport',
      'staatsrecht',
      'economie',
      'luchtvaart',
      'verkeer',
      'weg',
      'stoffen',
      'dieren',
      'landbouw',
      'criminaliteit',
      'staatsveiligheid',
      'zorg en gezondheid',
      'klimaatverandering',
      'rail- en wegverkeer',
    ]) {
      expect(THEME_VOCABULARY).toContain(theme);
    }
  });
});

describe('splitTopics', () => {
  it.each([
    ['cultuur en recreatie recht sport staatsrecht', ['cultuur en recreatie', 'recht', 'sport', 'staatsrecht']],
    [
      'criminaliteit economie ict openbare orde en veiligheid staatsveiligheid',
      ['criminaliteit', 'economie', 'ict', 'openbare orde en veiligheid', 'staatsveiligheid'],
    ],
    [
      'economie ict luchtvaart openbare orde en veiligheid politie, brandweer en hulpdiensten verkeer',
      ['economie', 'ict', 'luchtvaart', 'openbare orde en veiligheid', 'politie, brandweer en hulpdiensten', 'verkeer'],
    ],
    ['natuur en milieu stoffen verkeer weg', ['natuur en milieu', 'stoffen', 'verkeer', 'weg']],
    ['Zorg en Gezondheid  ICT', ['zorg en gezondheid', 'ict']],
    ['gezondheidsrisico’s werk', ["gezondheidsrisico's", 'werk']],
  ])('%s', (line, topics) => expect(split(line)).toEqual({ topics, warnings: [] }));

  it('keeps an unknown remainder as one topic, with a warning', () => {
    expect(split('economie ruimte vaart en zo sport')).toEqual({
      topics: ['economie', 'ruimte vaart en zo', 'sport'],
      warnings: ['line 9: topic "ruimte vaart en zo" is not in the government theme list; kept as written'],
    });
  });
});
