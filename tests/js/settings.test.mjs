// Runs in: Node (node --test), no browser. Reader settings (extension/shared/settings.js): whatever
// storage holds is normalised into valid settings; steps move by exactly one step and stop at limits.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

describe('reader settings (no browser)', () => {
  it('normalises whatever storage holds into valid settings', async () => {
    const { DEFAULTS, RANGES, normalize, stepSetting } = await import('../../extension/shared/settings.js');
    assert.deepEqual(normalize(undefined), DEFAULTS);
    assert.deepEqual(normalize('junk'), DEFAULTS);
    assert.deepEqual(normalize({ theme: 'neon', font: 'comic', fontSize: 'big', lineHeight: null, extra: 1 }), DEFAULTS);
    assert.deepEqual(normalize({ theme: 'sepia', font: 'dyslexic', fontSize: 99, lineHeight: 0, width: 69 }), {
      theme: 'sepia',
      font: 'dyslexic',
      fontSize: RANGES.fontSize.max,
      lineHeight: RANGES.lineHeight.min,
      width: 68,
    });
    // Every default sits on its range's step grid, so the first click moves by exactly one step.
    for (const key of /** @type {const} */ (['fontSize', 'lineHeight', 'width'])) {
      assert.equal(normalize(DEFAULTS)[key], DEFAULTS[key]);
      const up = stepSetting(DEFAULTS, key, 1)[key];
      assert.ok(Math.abs(up - DEFAULTS[key] - RANGES[key].step) < 1e-9, `${key}: ${DEFAULTS[key]} -> ${up}`);
    }
    assert.equal(stepSetting({ ...DEFAULTS, lineHeight: 1.6 }, 'lineHeight', 1).lineHeight, 1.7);
    assert.equal(stepSetting({ ...DEFAULTS, fontSize: RANGES.fontSize.max }, 'fontSize', 1).fontSize, RANGES.fontSize.max);
  });
});
describe('clampToStep', () => {
  it('clamps to the range and snaps to the step grid without binary noise', async () => {
    const { RANGES, clampToStep } = await import('../../extension/shared/settings.js');
    assert.equal(clampToStep('fontSize', 3), RANGES.fontSize.min);
    assert.equal(clampToStep('fontSize', 21), 22);
    assert.equal(clampToStep('lineHeight', 1.64), 1.6);
    assert.equal(clampToStep('width', 1000), RANGES.width.max);
  });
});
