// Money is integer øre (bigint) from the form to the database and back; never floating point.
// A refusal is a code (and its values), rendered in the reader's language by lib/messages/money.ts.
export type MoneyProblem =
  | { code: "amountEmpty" | "amountNegative" | "amountFormat" | "amountDecimals" | "amountTooLarge" }
  | { code: "shareEmpty" | "shareNegative" | "shareOver" }
  | { code: "shareFormat"; example: string }
  | { code: "shareDecimals"; decimals: number }
  | { code: "countEmpty" | "countFormat" };
export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: MoneyProblem };
const no = (problem: MoneyProblem): { ok: false; problem: MoneyProblem } => ({ ok: false, problem });

/** Upper bound for any amount typed into the portal: 100 billion kroner. */
export const MAX_ORE = 10_000_000_000_000n;

/**
 * Reads an amount in kroner as Norwegians type it: "12 345 678,90", "12345678,9", "12.345.678,90",
 * "12345678.90" or "12345678". At most two decimals (øre); no negative amounts.
 */
export function parseKroner(input: string): Parsed<bigint> {
  const s = input.replace(/[\s\u00a0\u202f]/g, "").replace(/kr\.?$/i, "").replace(/^kr\.?/i, "");
  if (s === "") return no({ code: "amountEmpty" });
  if (/^[-\u2212]/.test(s)) return no({ code: "amountNegative" });
  let normal: string;
  if (s.includes(",")) normal = s.replace(/\./g, "").replace(",", ".");
  else if (/^\d{1,3}(\.\d{3}){2,}$/.test(s)) normal = s.replace(/\./g, "");
  else normal = s;
  const m = /^(\d+)(?:\.(\d+))?$/.exec(normal);
  if (!m) return no({ code: "amountFormat" });
  const decimals = m[2] ?? "";
  if (decimals.length > 2) return no({ code: "amountDecimals" });
  const ore = BigInt(m[1]) * 100n + BigInt(decimals.padEnd(2, "0") || "0");
  if (ore > MAX_ORE) return no({ code: "amountTooLarge" });
  return { ok: true, value: ore };
}

const group = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0");

/** 493827156n → "4 938 271,56 kr" (no-break spaces), as Intl's nb-NO currency format, exact for any size. */
export function formatNok(ore: bigint): string {
  const negative = ore < 0n;
  const abs = negative ? -ore : ore;
  const text = `${group((abs / 100n).toString())},${(abs % 100n).toString().padStart(2, "0")}\u00a0kr`;
  return negative ? `\u2212${text}` : text;
}

/** An amount as a form field shows it, for the user to change: "4 938 271,56", and "" for 0 (an empty field is 0). */
export const formatKronerInput = (ore: bigint): string => (ore === 0n ? "" : formatNok(ore).replace(/\u00a0kr$/, ""));

/** For CSV files opened in a Norwegian spreadsheet: "4938271,56" (no thousands separator). */
export function formatCsvAmount(ore: bigint): string {
  const abs = ore < 0n ? -ore : ore;
  return `${ore < 0n ? "-" : ""}${abs / 100n},${(abs % 100n).toString().padStart(2, "0")}`;
}

/**
 * A percentage with at most `decimals` decimals (Norwegian comma or a dot), as an integer in units of
 * 10^-decimals percent: two decimals give basis points (40 → 4000), four give millionths of the whole.
 */
function parseShare(input: string, decimals: 2 | 4, example: string): Parsed<number> {
  const s = input.replace(/[\s\u00a0%]/g, "").replace(",", ".");
  if (s === "") return no({ code: "shareEmpty" });
  if (/^[-\u2212]/.test(s)) return no({ code: "shareNegative" });
  const m = /^(\d{1,3})(?:\.(\d+))?$/.exec(s);
  if (!m) return no({ code: "shareFormat", example });
  if ((m[2] ?? "").length > decimals) return no({ code: "shareDecimals", decimals });
  const scale = 10 ** decimals;
  const value = Number(m[1]) * scale + Number((m[2] ?? "").padEnd(decimals, "0") || "0");
  if (value > 100 * scale) return no({ code: "shareOver" });
  return { ok: true, value };
}

/** A percentage typed as "40", "37,5" or "37.55", to basis points (1/100 of a percent). */
export function parsePercent(input: string): Parsed<number> {
  return parseShare(input, 2, "37,5");
}

/** A share of a key in percent with up to four decimals, as millionths of the whole: "33,3333" → 333 333. */
export function parseKeyPercent(input: string): Parsed<number> {
  return parseShare(input, 4, "33,3333");
}

/** A count (teachers, schools, pupils): a whole number, spaces allowed between thousands. */
export function parseCount(input: string): Parsed<number> {
  const s = input.replace(/[\s\u00a0]/g, "");
  if (s === "") return no({ code: "countEmpty" });
  if (!/^\d{1,8}$/.test(s)) return no({ code: "countFormat" });
  return { ok: true, value: Number(s) };
}

/** A share in units of 10^-decimals percent as Norwegian text, trailing zeros dropped: (3750, 2) → "37,5 %". */
export function formatShare(value: number, decimals: 2 | 4): string {
  const scale = 10 ** decimals;
  const whole = Math.trunc(value / scale);
  const frac = (value % scale).toString().padStart(decimals, "0").replace(/0+$/, "");
  return `${whole}${frac ? `,${frac}` : ""}\u00a0%`;
}

/** 4000 → "40 %", 3750 → "37,5 %", 1 → "0,01 %". */
export const formatBasisPoints = (bp: number) => formatShare(bp, 2);
