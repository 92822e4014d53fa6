import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withTempFolder } from './temp-folder.ts';

describe('withTempFolder', () => {
  it('removes the folder and what was written in it once the work is done', async () => {
    let folder = '';
    const result = await withTempFolder('journeykit-test-', async (temp) => {
      folder = temp;
      writeFileSync(join(temp, 'a.txt'), 'a');
      return 42;
    });
    expect(result).toBe(42);
    expect(existsSync(folder)).toBe(false);
  });

  it('removes the folder when the work throws, and passes the error on', async () => {
    let folder = '';
    const listeners = process.listenerCount('SIGINT');
    const work = withTempFolder('journeykit-test-', async (temp) => {
      folder = temp;
      throw new Error('no');
    });
    await expect(work).rejects.toThrow('no');
    expect(existsSync(folder)).toBe(false);
    expect(process.listenerCount('SIGINT')).toBe(listeners);
  });
});
