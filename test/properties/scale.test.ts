import { describe, expect, it } from 'vitest';
import { propertyParameters } from '../support/scale';

// How soak runs and reproductions are asked for (docs/testing.md).
describe('property run parameters', () => {
  it('runs the base count unless FI_PROPERTY_SCALE multiplies it', () => {
    expect(propertyParameters(5_000, {})).toEqual({ numRuns: 5_000 });
    expect(propertyParameters(5_000, { FI_PROPERTY_SCALE: '20' }).numRuns).toBe(100_000);
    expect(propertyParameters(1_000, { FI_PROPERTY_SCALE: '0.01' }).numRuns).toBe(10);
    expect(propertyParameters(10, { FI_PROPERTY_SCALE: '0.001' }).numRuns).toBe(1);
  });

  it('replays a reported failure from its seed and path', () => {
    expect(propertyParameters(100, { FI_PROPERTY_SEED: '-2094184105', FI_PROPERTY_PATH: '101:5:0' })).toEqual({
      numRuns: 100,
      seed: -2094184105,
      path: '101:5:0',
    });
  });

  it.each(['ten', '0', '-2', 'Infinity'])('refuses FI_PROPERTY_SCALE=%s rather than silently running the default', (raw) => {
    expect(() => propertyParameters(100, { FI_PROPERTY_SCALE: raw })).toThrow(/FI_PROPERTY_SCALE must be a positive number/);
  });

  it('refuses a seed that is not a number', () => {
    expect(() => propertyParameters(100, { FI_PROPERTY_SEED: 'abc' })).toThrow(/FI_PROPERTY_SEED must be a number/);
  });
});
