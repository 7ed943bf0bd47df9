/**
 * Test helpers for users of first-inquiry: `import { DeciderSpecification } from 'first-inquiry/testing'`.
 *
 * @packageDocumentation
 */
export { DeciderSpecification, SpecificationError } from './specification';
export type { ExpectedRefusal, Then } from './specification';
