// CSV for Norwegian spreadsheets: semicolons, quotes where needed, and text cells that cannot become
// formulas (OWASP's CSV injection advice: a text cell starting with = + - @ or a tab/CR is prefixed with ').
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell (a name, a status): never read as a formula. */
export const textCell = (v: string) => quote(FORMULA_START.test(v) ? `'${v}` : v);

/** A number the portal formatted itself (may start with a minus sign): left as a number. */
export const numberCell = (v: string) => quote(v);

const quote = (v: string) => (/[";\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
