import * as E from 'fp-ts/Either';
import type { InquiryCommand } from './commands';
import { instantMillis } from '../primitives/codecs';
import type { Staff } from './staff';
import { violation, type RuleViolation } from './violations';

// The trust model (docs/trust.md): `decide` believes the staff facts a command carries (on duty,
// leader…), because it is pure and cannot look anyone up. A caller that is not trusted to state
// those facts goes through a `Directory`: the command handler looks every person up as of the
// command's instant and either fills the facts in or refuses a command that claims otherwise.

// model

/**
 * The staff directory port (人员目录): who a staff member is, as of an instant — name, department,
 * employee number, whether they are on duty (在岗) and whether they are a leader (相关领导).
 * Back it with your HR system and duty roster; {@link inMemoryDirectory} is one implementation.
 * `lookup` may be synchronous or return a promise; `undefined` means "no such staff member then".
 *
 * @example
 * import type { Directory } from 'first-inquiry';
 * const hr: Directory = {
 *   lookup: async (id, at) => {
 *     // e.g. SELECT name, department, ... FROM staff WHERE id = $1 AND $2 BETWEEN valid_from AND valid_to
 *     return id === 's-017' ? { id, name: 'Wang Wei', department: 'security', onDuty: true } : undefined;
 *   },
 * };
 *
 * @category directory
 * @since 0.2.0
 */
export interface Directory {
  readonly lookup: (id: string, at: string) => Promise<Staff | undefined> | Staff | undefined;
}

/**
 * A staff member as a command from an untrusted edge may name them: the id, and any facts the
 * caller claims. With a directory, claimed facts must agree with it and missing ones are filled in.
 *
 * @example
 * import type { StaffClaim } from 'first-inquiry';
 * const justTheId: StaffClaim = { id: 's-017' };
 *
 * @category directory
 * @since 0.2.0
 */
export type StaffClaim = { readonly id: string } & Partial<Omit<Staff, 'id'>>;

type Claimed<T> = T extends Staff ? StaffClaim : T;
/**
 * A command's data with every staff field relaxed to a {@link StaffClaim}: what a caller may send
 * when the directory fills in or verifies the rest.
 *
 * @example
 * import type { ClaimedData, StaffClaim } from 'first-inquiry';
 * const data: ClaimedData<{ actor: { id: string; name: string; department: string; onDuty: boolean } }> = { actor: { id: 's-017' } };
 * const claim: StaffClaim = data.actor;
 *
 * @category directory
 * @since 0.2.0
 */
export type ClaimedData<D> = { readonly [K in keyof D]: Claimed<D[K]> };

/**
 * A command whose people ({@link StaffClaim}s) may carry ids only: what an untrusted edge (a web
 * form, a chat bot, a partner system) sends to a command handler that has a `directory`.
 *
 * @example
 * import type { ClaimedCommand } from 'first-inquiry';
 * const cmd: ClaimedCommand = {
 *   type: 'FollowUp',
 *   data: { inquiryId: 'INQ-1', at: '2026-05-04T10:00:00+08:00', actor: { id: 's-017' }, note: 'Called 1302' },
 * };
 *
 * @category directory
 * @since 0.2.0
 */
export type ClaimedCommand = InquiryCommand extends infer C
  ? C extends { readonly type: infer T; readonly data: infer D }
    ? Omit<C, 'data'> & { readonly type: T; readonly data: ClaimedData<D> }
    : never
  : never;

/**
 * One period of a staff member's directory record. A person may have several (a promotion to
 * leader from a date, a move of department); the one whose `[from, to)` holds the instant counts.
 * On duty: within one of `shifts` (the duty roster, each `[from, to)`) if shifts are given, else
 * `onDuty` (default `true`).
 *
 * @example
 * import type { DirectoryEntry } from 'first-inquiry';
 * const guard: DirectoryEntry = {
 *   id: 's-017', name: 'Wang Wei', department: 'security', employeeNo: 'A-0117',
 *   shifts: [{ from: '2026-05-04T08:00:00+08:00', to: '2026-05-04T20:00:00+08:00' }],
 * };
 *
 * @category directory
 * @since 0.2.0
 */
export interface DirectoryEntry {
  readonly id: string;
  readonly name: string;
  readonly department: string;
  readonly employeeNo?: string;
  readonly leader?: boolean;
  readonly from?: string;
  readonly to?: string;
  readonly onDuty?: boolean;
  readonly shifts?: ReadonlyArray<{ readonly from: string; readonly to: string }>;
}

// constructors

/**
 * A {@link Directory} over a list of time-bounded entries held in memory: for tests, small sites,
 * or a snapshot loaded from the HR system and the week's duty roster.
 *
 * @example
 * import { inMemoryDirectory } from 'first-inquiry';
 * const directory = inMemoryDirectory([
 *   { id: 'm-001', name: 'Liu Fang', department: 'engineering', leader: true },
 *   { id: 's-102', name: 'Li Na', department: 'engineering',
 *     shifts: [{ from: '2026-05-04T08:00:00+08:00', to: '2026-05-04T17:00:00+08:00' }] },
 * ]);
 * directory.lookup('s-102', '2026-05-04T18:00:00+08:00'); // { ..., onDuty: false }: her shift has ended
 *
 * @category directory
 * @since 0.2.0
 */
export function inMemoryDirectory(entries: readonly DirectoryEntry[]): { readonly lookup: (id: string, at: string) => Staff | undefined } {
  const byId = new Map<string, DirectoryEntry[]>();
  for (const entry of entries) {
    const list = byId.get(entry.id) ?? [];
    list.push(entry);
    byId.set(entry.id, list);
  }
  return {
    lookup: (id, at) => {
      const t = instantMillis(at);
      const entry = (byId.get(id) ?? []).find((e) => within(t, e.from, e.to));
      if (entry === undefined) return undefined;
      const onDuty = entry.shifts === undefined ? (entry.onDuty ?? true) : entry.shifts.some((s) => within(t, s.from, s.to));
      return {
        id: entry.id,
        name: entry.name,
        department: entry.department,
        onDuty,
        ...(entry.employeeNo === undefined ? {} : { employeeNo: entry.employeeNo }),
        ...(entry.leader === true ? { leader: true } : {}),
      };
    },
  };
}

// utils

/**
 * Where a command names people: `[path, claim]` for the actor, receiver, leader, named handler and
 * absent handler. For a caller (the command handler) to know whom to look up.
 *
 * @example
 * import { staffClaimsOf } from './directory';
 * staffClaimsOf({ type: 'FollowUp', data: { inquiryId: 'INQ-1', at: '2026-05-04T10:00:00+08:00', actor: { id: 's-017' }, note: 'x' } });
 * // [['data.actor', { id: 's-017' }]]
 *
 * @category directory
 * @since 0.2.0
 */
export function staffClaimsOf(command: unknown): ReadonlyArray<readonly [string, StaffClaim]> {
  const data = isObject(command) && isObject(command.data) ? command.data : undefined;
  if (data === undefined) return [];
  return PERSON_FIELDS.flatMap((field) => {
    const claim = data[field];
    return isObject(claim) && typeof claim.id === 'string' ? [[`data.${field}`, claim as StaffClaim] as const] : [];
  });
}

/**
 * Fills in and verifies a command's staff facts from directory records looked up beforehand (pure:
 * the caller did the looking up, as of the command's instant). Every person named must be in
 * `found` (else `UNKNOWN_STAFF`); every fact a command claims must equal the directory's (else
 * `DIRECTORY_MISMATCH`, naming the field, the claim and the record); facts it leaves out are
 * filled in. One exception: an absent handler (FI-08) may be claimed off duty while rostered on,
 * since being rostered is not being at one's post.
 *
 * @example
 * import { applyDirectory } from 'first-inquiry';
 * const found = new Map([['s-017', { id: 's-017', name: 'Wang Wei', department: 'security', onDuty: true }]]);
 * applyDirectory({ type: 'FollowUp', data: { inquiryId: 'INQ-1', at: '2026-05-04T10:00:00+08:00',
 *   actor: { id: 's-017', leader: true }, note: 'x' } }, found);
 * // Left: DIRECTORY_MISMATCH at data.actor.leader (claimed true, the directory says false)
 *
 * @category directory
 * @since 0.2.0
 */
export function applyDirectory(
  command: InquiryCommand | ClaimedCommand,
  found: ReadonlyMap<string, Staff>,
): E.Either<RuleViolation, InquiryCommand> {
  const at = typeof command.data.at === 'string' ? command.data.at : '';
  const filled: Record<string, unknown> = { ...command.data };
  for (const [path, claim] of staffClaimsOf(command)) {
    const record = found.get(claim.id);
    if (record === undefined) return E.left(violation('UNKNOWN_STAFF', { id: claim.id, at, command: command.type }, `${path}.id`));
    for (const fact of FACTS) {
      const claimed = claim[fact];
      if (claimed === undefined) continue;
      const actual = fact === 'leader' ? record.leader === true : record[fact];
      if (path === 'data.absentHandler' && fact === 'onDuty' && claimed === false) continue;
      if (claimed !== actual) {
        return E.left(
          violation(
            'DIRECTORY_MISMATCH',
            { id: claim.id, at, claimed: String(claimed), actual: actual === undefined ? '(none)' : String(actual), command: command.type },
            `${path}.${fact}`,
          ),
        );
      }
    }
    const person = path === 'data.absentHandler' && claim.onDuty === false ? { ...record, onDuty: false } : record;
    filled[path.slice('data.'.length)] = person;
  }
  return E.right({ ...command, data: filled } as unknown as InquiryCommand);
}

/**
 * Looks up every person a command names in a {@link Directory} as of the command's instant, then
 * {@link applyDirectory}. What the command handler does with its `directory` option.
 *
 * @example
 * import { inMemoryDirectory, resolveStaff } from 'first-inquiry';
 * const directory = inMemoryDirectory([{ id: 's-017', name: 'Wang Wei', department: 'security' }]);
 * await resolveStaff({ type: 'FollowUp', data: { inquiryId: 'INQ-1', at: '2026-05-04T10:00:00+08:00', actor: { id: 's-017' }, note: 'x' } }, directory);
 * // Right: the command with actor { id: 's-017', name: 'Wang Wei', department: 'security', onDuty: true }
 *
 * @category directory
 * @since 0.2.0
 */
export async function resolveStaff(
  command: InquiryCommand | ClaimedCommand,
  directory: Directory,
): Promise<E.Either<RuleViolation, InquiryCommand>> {
  const at = isObject(command) && isObject(command.data) ? command.data.at : undefined;
  // A command without a usable instant cannot be looked up; `decide` says what is wrong with it.
  if (typeof at !== 'string' || Number.isNaN(instantMillis(at))) return E.right(command as InquiryCommand);
  const found = new Map<string, Staff>();
  for (const [, claim] of staffClaimsOf(command)) {
    if (found.has(claim.id)) continue;
    const record = await directory.lookup(claim.id, at);
    if (record !== undefined) found.set(claim.id, record);
  }
  return applyDirectory(command, found);
}

const PERSON_FIELDS = ['actor', 'to', 'leader', 'handler', 'absentHandler'] as const;
const FACTS = ['name', 'department', 'employeeNo', 'onDuty', 'leader'] as const;

function within(t: number, from: string | undefined, to: string | undefined): boolean {
  return (from === undefined || instantMillis(from) <= t) && (to === undefined || t < instantMillis(to));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
