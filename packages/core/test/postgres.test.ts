import { describe, expect, it } from 'vitest';
import { postgresMissing } from './postgres.ts';

describe('postgresMissing', () => {
  const nowhere = { PG_BIN: '/nonexistent/postgresql/bin' };

  it('says why PostgreSQL is skipped on a machine without it', () => {
    expect(postgresMissing(nowhere)).toBe('PostgreSQL is not installed: no initdb under /usr/lib/postgresql/*/bin or PG_BIN (apt-get install postgresql).');
  });

  it('fails instead of skipping in CI', () => {
    expect(() => postgresMissing({ ...nowhere, CI: 'true' })).toThrow('CI runs the PostgreSQL tests and never skips them.');
  });
});
