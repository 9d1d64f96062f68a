// Text of the county-structure rules, in the language of the request (the catalogue's "structure" keys; labels
// the forms also show are in "structureLabels"). Domain rules return codes (kebab-case); these turn them into words.
import { currentLocale, lazyText, msg } from "@/i18n/server-text";
import type { UnitRemovalProblem } from "@/domain/units";

/** "second-leader" → "secondLeader", the catalogue's key for a rule's code. */
const camel = (code: string) => code.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
/** A code → message map whose messages are read when used (so in the language of the request). */
const byCode = <C extends string>(codes: readonly C[], prefix: string) =>
  lazyText(codes, (c) => msg(`${prefix}.${camel(c)}` as never)) as Record<string, string>;

export const committeeName = (kind: "AUS" | "AUB") => msg(`structureLabels.committee.${kind}`);

export const structure = {
  get regionExists() { return msg("structure.regionExists"); },
  regionCreated: (name: string) => msg("structure.regionCreated", { name }),
};

/** Strategy periods: refusals and confirmations. */
export const periods = {
  get endBeforeStart() { return msg("structure.periods.endBeforeStart"); },
  tooLong: (max: number) => msg("structure.periods.tooLong", { max }),
  overlap: (name: string, start: number, end: number) => msg("structure.periods.overlap", { name, start: String(start), end: String(end) }),
  get closed() { return msg("structure.periods.closed"); },
  get stale() { return msg("structure.periods.stale"); },
  areaInUse: (title: string) => msg("structure.periods.areaInUse", { title }),
  get noPeriodToCopy() { return msg("structure.periods.noPeriodToCopy"); },
  created: (name: string) => msg("structure.periods.created", { name }),
  copied: (name: string) => msg("structure.periods.copied", { name }),
  saved: (name: string) => msg("structure.periods.saved", { name }),
  closedOk: (name: string) => msg("structure.periods.closedOk", { name }),
};

/** County settings: refusals and confirmations. */
export const countySettings = {
  get networkShare() { return msg("structure.settings.networkShare"); },
  noSuchDay: (day: number, month: number) => msg("structure.settings.noSuchDay", { day: String(day), month: String(month) }),
  get reminderEmpty() { return msg("structure.settings.reminderEmpty"); },
  get reminderTooMany() { return msg("structure.settings.reminderTooMany"); },
  get reminderRange() { return msg("structure.settings.reminderRange"); },
  get reminderDuplicate() { return msg("structure.settings.reminderDuplicate"); },
  get stale() { return msg("structure.settings.stale"); },
  saved: (name: string) => msg("structure.settings.saved", { name }),
};

/** Register import: refusals, row reasons and confirmations. */
export const registerImport = {
  get fileMissing() { return msg("structure.import.fileMissing"); },
  tooLarge: (mb: number) => msg("structure.import.tooLarge", { mb }),
  file: byCode(["not-json", "wrong-shape", "empty", "not-csv"] as const, "structure.import.file"),
  row: byCode(["bad-orgnr", "no-name", "no-owner", "bad-owner-orgnr", "not-a-school-owner", "duplicate", "other-region"] as const, "structure.import.row"),
  get staleBatch() { return msg("structure.import.staleBatch"); },
  applied: (owners: number, schools: number) => msg("structure.import.applied", { owners, schools }),
  get nothingToDo() { return msg("structure.import.nothingToDo"); },
};

/** Regions, owners and schools edited by hand. */
export const units = {
  regionSaved: (name: string) => msg("structure.units.regionSaved", { name }),
  ownerAdded: (name: string) => msg("structure.units.ownerAdded", { name }),
  ownerExists: (region: string) => msg("structure.units.ownerExists", { region }),
  schoolAdded: (name: string) => msg("structure.units.schoolAdded", { name }),
  get schoolExists() { return msg("structure.units.schoolExists"); },
  get schoolOrgExists() { return msg("structure.units.schoolOrgExists"); },
};

/** Forums and their members. */
export const forums = {
  get exists() { return msg("structure.forums.exists"); },
  created: (name: string) => msg("structure.forums.created", { name }),
  memberAdded: (name: string) => msg("structure.forums.memberAdded", { name }),
  memberRemoved: (name: string) => msg("structure.forums.memberRemoved", { name }),
  get stale() { return msg("structure.forums.stale"); },
  rulesSaved: (name: string) => msg("structure.forums.rulesSaved", { name }),
  memberSaved: (name: string) => msg("structure.forums.memberSaved", { name }),
  get userOutsideCounty() { return msg("structure.forums.userOutsideCounty"); },
  userHasSeat: (name: string) => msg("structure.forums.userHasSeat", { name }),
  get committeeExists() { return msg("structure.forums.committeeExists"); },
  committeeCreated: (kind: "AUS" | "AUB") => msg("structure.forums.committeeCreated", { committee: committeeName(kind) }),
  get committeeNotForumMember() { return msg("structure.forums.committeeNotForumMember"); },
  committeeAlreadyMember: (name: string) => msg("structure.forums.committeeAlreadyMember", { name }),
  committeeMemberAdded: (name: string, kind: "AUS" | "AUB") => msg("structure.forums.committeeMemberAdded", { name, committee: committeeName(kind) }),
  committeeMemberRemoved: (name: string, kind: "AUS" | "AUB") => msg("structure.forums.committeeMemberRemoved", { name, committee: committeeName(kind) }),
  memberHasVoted: (name: string) => msg("structure.forums.memberHasVoted", { name }),
  seat: byCode(["second-leader", "second-deputy", "municipality-required", "municipality-not-allowed", "municipality-outside-region", "governor-in-oppvekstforum"] as const, "structure.forums.seat"),
};

/** Moving a school owner between regions from a strategy period on. */
export const memberships = {
  move: byCode(["period-closed", "period-over", "same-region"] as const, "structure.move") as Record<"period-closed" | "period-over" | "same-region", string>,
  moved: (owner: string, region: string, period: string) => msg("structure.move.moved", { owner, region, period }),
};

/** Why a school or kindergarten cannot be removed: every network, tiltak, role and group it is still part of. */
export function unitRemovalText(name: string, p: UnitRemovalProblem): string {
  const parts = (["networks", "measures", "roles", "groups"] as const).filter((k) => p[k] > 0).map((k) => msg(`units.uses.${k}`, { count: p[k] }));
  return msg("units.inUse", { name, uses: new Intl.ListFormat(currentLocale(), { type: "conjunction" }).format(parts) });
}
