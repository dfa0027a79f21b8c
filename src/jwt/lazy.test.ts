import { describe, expect, it } from 'vitest';
import { preloadChecks } from './index';

describe('the heavy half, fetched on demand', () => {
  it('preloadChecks fetches the key reader, the checks and the claim checks together', async () => {
    const modules = (await preloadChecks()) as Record<string, unknown>[];
    const exported = modules.map((m) => Object.keys(m));
    expect(exported).toHaveLength(3);
    expect(exported[0]).toContain('parseKey');
    expect(exported[1]).toContain('check');
    expect(exported[2]).toContain('checkClaims');
  });
});
