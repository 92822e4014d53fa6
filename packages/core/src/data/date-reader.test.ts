import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { metricSchema } from '../index.ts';
import { dateFormatProblem, dateReader } from './date-reader.ts';

describe('dateReader', () => {
  it('reads ISO 8601 with offsets unless told, and a declared format as UTC', () => {
    expect(dateReader(undefined)('2026-01-14T09:32:00-05:00')).toBe(Date.UTC(2026, 0, 14, 14, 32));
    expect(dateReader('MM/dd/yyyy hh:mm a')('01/14/2026 09:32 PM')).toBe(Date.UTC(2026, 0, 14, 21, 32));
    expect(dateReader('dd.MM.yyyy')('14.01.2026')).toBe(Date.UTC(2026, 0, 14));
  });

  it('reads no date from text that only looks like one', () => {
    for (const text of ['31.02.2026', '14.01.2026 extra', '2026-01-14', '']) expect(dateReader('dd.MM.yyyy')(text)).toBeNaN();
  });
});

describe('dateFormatProblem', () => {
  it('refuses the week-numbering year and the day of the year, which exports never mean', () => {
    expect(dateFormatProblem('DD.MM.YYYY')).toBe('Use `yyyy` for the year and `dd` for the day of the month: `YYYY` and `DD` are the week-numbering year and the day of the year');
    expect(dateFormatProblem("dd 'Day' yyyy")).toBeUndefined();
  });

  it('makes a metric source with such a format invalid, saying why', () => {
    const result = metricSchema.safeParse({ id: 'm', name: 'M', kind: 'nps', source: { file: 'data/m.csv', format: 'responses', period: 'month', dateFormat: 'DD/MM/YYYY' } });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['source.dateFormat', 'Invalid dateFormat: Use `yyyy` for the year and `dd` for the day of the month: `YYYY` and `DD` are the week-numbering year and the day of the year'],
    ]);
  });
});

describe('date-fns', () => {
  it('is loaded by its parse module alone, not its index of every function', () => {
    // Node parses date-fns's 138 kB `exports` map again for each of its modules it loads: the
    // index loads 304 of them, a second on every `journeykit` command; `parse` needs 71.
    const script = [
      "import { registerHooks } from 'node:module';",
      'const loaded = [];',
      'registerHooks({ load(url, context, next) { loaded.push(url); return next(url, context); } });',
      "await import('@journeykit/core');",
      "console.log(JSON.stringify(loaded.filter((url) => url.includes('/date-fns/')).map((url) => url.replace(/.*\\/date-fns\\//, ''))));",
    ].join('\n');
    const result = spawnSync(process.execPath, ['--conditions=@journeykit/source', '--input-type=module', '-e', script], { cwd: import.meta.dirname, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    const loaded = JSON.parse(result.stdout) as string[];
    expect(loaded).toContain('parse.js');
    expect(loaded).not.toContain('index.js');
    expect(loaded.length).toBeLessThan(100);
  });
});
