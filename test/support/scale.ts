import type * as fc from 'fast-check';

/**
 * How many runs a property makes: its base count times `FI_PROPERTY_SCALE` (default 1), so a soak
 * run is `FI_PROPERTY_SCALE=20 npx vitest run test/properties`. `FI_PROPERTY_SEED` (and, to replay
 * one shrunk counterexample, `FI_PROPERTY_PATH`) reproduce a failure fast-check reported.
 */
export function propertyParameters(baseRuns: number, env: NodeJS.ProcessEnv = process.env): fc.Parameters<unknown> {
  const scale = numberFrom(env, 'FI_PROPERTY_SCALE') ?? 1;
  const seed = numberFrom(env, 'FI_PROPERTY_SEED');
  const path = env.FI_PROPERTY_PATH;
  return {
    numRuns: Math.max(1, Math.round(baseRuns * scale)),
    ...(seed === undefined ? {} : { seed }),
    ...(path === undefined || path === '' ? {} : { path }),
  };
}

function numberFrom(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return undefined;
  const value = Number(raw);
  // A typo in a soak run must not silently run the default count.
  if (!Number.isFinite(value) || (value <= 0 && name === 'FI_PROPERTY_SCALE')) {
    throw new Error(`${name} must be a ${name === 'FI_PROPERTY_SCALE' ? 'positive ' : ''}number, got ${JSON.stringify(raw)}`);
  }
  return value;
}
