// Organisasjonsnummer (Brønnøysundregistrene): 9 digits, the last a mod-11 check digit over the first
// eight with weights 3 2 7 6 5 4 3 2. A remainder giving 10 means the number cannot exist.
const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;

/** Strips the spaces people type ("945 643 304") and returns the 9 digits, or null. */
export function normalizeOrgNumber(input: string): string | null {
  const digits = input.replace(/[\s\u00a0]/g, "");
  return /^\d{9}$/.test(digits) ? digits : null;
}

export function orgNumberCheckDigit(firstEight: string): number | null {
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(firstEight[i]), 0);
  const check = 11 - (sum % 11);
  if (check === 11) return 0;
  if (check === 10) return null;
  return check;
}

export function isValidOrgNumber(input: string): boolean {
  const digits = normalizeOrgNumber(input);
  if (!digits) return false;
  const check = orgNumberCheckDigit(digits.slice(0, 8));
  return check !== null && check === Number(digits[8]);
}
