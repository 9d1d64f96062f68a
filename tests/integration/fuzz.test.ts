// Fuzzing every exported server action with fast-check: valid forms with fields replaced by hostile or
// clumsy values (huge and negative numbers, NUL bytes, right-to-left overrides, scripts, impossible
// dates, ids of other things, 10 000 characters), fields left out or added, and calls with no form at all
// ([null], numbers, objects), as the allowed user and as anyone else. Every call must come back as a
// result with a Norwegian message (a thrown error would be a 500 in Next), and afterwards no row may break
// a rule of the domain (tests/support/invariants.ts).
// FUZZ_RUNS inputs per action (1 000 in `npm test`); the long form: FUZZ_RUNS=20000 npx vitest run --project integration fuzz
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../support/database";
import { brokenInvariants } from "../support/invariants";
import { ACTIONS, ACTORS, F, form, prepareCells, session, users, type ActorKey, type Call, type Fields } from "../support/action-cells";
import * as evaluations from "../../src/server/evaluations/actions";
import * as access from "../../src/server/access/actions";
import { logTo } from "@/server/log";

const t = useTestDatabase();
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);

beforeAll(async () => {
  // The security log writes a line per refusal; tens of thousands of them here would bury the output.
  logTo({ write: () => {} }); // the refusals' log lines, not wanted in the test output
  await prepareCells(t.db);
}, 120_000);

/** Hostile and clumsy values; made when a test runs, so the ids of the fixture rows are among them. */
const nasty = () => fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom(
    "", " ", "0", "-1", "1,5", "1.5", "2147483647", "2147483648", "-2147483649", "9999999999999999999999", "1e308", "NaN", "Infinity", "-0",
    "\u0000", "a\u0000b", "\u202Eevil.pdf", "<script>alert(1)</script>", "'; drop table \"County\"; --", "measure:x:EFFECT", "MEASURE:abcdefghijklmnopqrst:effect",
    "on", "true", "null", "undefined", "[object Object]", "2026-02-30", "31.12.2026", "9999-12-31", "0000-00-00", "x".repeat(10_000), "12 345 678,901", "-100",
  ),
  fc.integer().map(String),
  fc.bigInt().map(String),
  fc.constantFrom(...Object.values(F)),
);

/** A valid form with some fields replaced, some left out, and a few extra. */
const mutatedForm = (fields: Fields) => {
  const base = fields(F);
  const keys = Object.keys(base);
  return fc.tuple(
    fc.array(fc.tuple(fc.constantFrom(...keys), fc.oneof({ weight: 3, arbitrary: nasty().map((v) => ({ v })) }, { weight: 1, arbitrary: fc.constant(null) })), { maxLength: keys.length + 1 }),
    fc.dictionary(fc.string({ maxLength: 12 }), nasty(), { maxKeys: 2 }),
  ).map(([changes, extra]) => {
    const fresh = fields(F);
    const out: Record<string, string | string[] | File> = { ...fresh };
    for (const [k, change] of changes) {
      if (change === null) delete out[k];
      else out[k] = Array.isArray(fresh[k]) ? [change.v] : fresh[k] instanceof File ? new File([change.v], change.v || "x") : change.v;
    }
    return { ...extra, ...out };
  });
};

/** Anything at all in place of the form. */
const junk = fc.oneof(fc.constant(null), fc.constant([null]), fc.constant(undefined), fc.anything({ maxDepth: 2 }));

type Arg = { kind: "form"; fields: Record<string, string | string[] | File> } | { kind: "junk"; value: unknown };

function inputs(name: string, call: Call): fc.Arbitrary<Arg> {
  const fields = (call as Call & { fields?: Fields }).fields;
  if (fields) return fc.oneof({ weight: 9, arbitrary: mutatedForm(fields).map((f): Arg => ({ kind: "form", fields: f })) }, { weight: 1, arbitrary: junk.map((value): Arg => ({ kind: "junk", value })) });
  if (name === "saveFieldAction") {
    const fieldName = fc.oneof(fc.constantFrom("effect", "process", "structure", "moneyUse", "participation", "measure:x:EFFECT", "EFFECT", "__proto__"), nasty());
    return fc.oneof(
      fc.record({ evaluationId: fc.oneof(fc.constant(F.evaluation!), nasty()), field: fieldName, base: nasty(), value: nasty() }).map((value): Arg => ({ kind: "junk", value })),
      junk.map((value): Arg => ({ kind: "junk", value })),
    );
  }
  return fc.oneof(nasty(), junk).map((value): Arg => ({ kind: "junk", value }));
}

async function send(name: string, call: Call, arg: Arg): Promise<unknown> {
  const action = (call as Call & { action?: (prev: unknown, fd: unknown) => Promise<unknown> }).action;
  if (action) return arg.kind === "form" ? action(null, form(arg.fields)) : action(null, arg.value);
  switch (name) {
    case "saveFieldAction": return evaluations.saveFieldAction(arg.kind === "junk" ? (arg.value as never) : (null as never));
    case "heartbeatAction": return evaluations.heartbeatAction(arg.kind === "junk" ? (arg.value as never) : (null as never));
    case "startAcceptingAction": return access.startAcceptingAction(arg.kind === "junk" ? (arg.value as never) : (null as never));
    case "startLinkingAction": return access.startLinkingAction();
    default: throw new Error(`no way to call ${name}`);
  }
}

const ENGLISH = /invalid input|expected|received|required|too (big|small)|unrecognized/i;

describe(`fuzzing every server action (${RUNS} inputs each)`, () => {
  it("starts from a database that keeps every rule", async () => {
    expect(await brokenInvariants(t.db)).toEqual([]);
  });

  for (const [name, row] of Object.entries(ACTIONS)) {
    it(`${name}: no error escapes, every answer is Norwegian, and every rule holds afterwards`, async () => {
      const actor = fc.oneof({ weight: 4, arbitrary: fc.constant<ActorKey>(row.allowed[0] ?? "sf") }, { weight: 1, arbitrary: fc.constantFrom<ActorKey>(...ACTORS) });
      await fc.assert(
        fc.asyncProperty(actor, inputs(name, row.call), async (who, arg) => {
          session.user = users[who];
          let result: unknown;
          try {
            result = await send(name, row.call, arg);
          } catch (error) {
            if (String(error).includes("NEXT_REDIRECT")) return; // success, leaving by redirect
            throw new Error(`${name} as ${who} threw: ${String(error).slice(0, 300)}`);
          }
          if (Array.isArray(result)) return; // the heartbeat's list of editors
          expect(result, `${name} as ${who}`).toMatchObject({ ok: expect.any(Boolean), message: expect.any(String) });
          const r = result as { message: string; fieldErrors?: Record<string, string[]> };
          const texts = [r.message, ...Object.values(r.fieldErrors ?? {}).flat()];
          for (const text of texts) expect(text, `${name} as ${who}: an English message`).not.toMatch(ENGLISH);
        }),
        { numRuns: RUNS, endOnFailure: true },
      );
      expect(await brokenInvariants(t.db)).toEqual([]);
    }, 600_000);
  }
});
