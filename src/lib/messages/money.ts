// An amount, a percentage or a count that could not be read (codes from domain/money.ts), in the language of
// the request. The key form shows the same codes in the browser from the catalogue's "money" keys.
import type { MoneyProblem } from "@/domain/money";
import { msg } from "@/i18n/server-text";

/** Values of a problem for the catalogue: everything but its code. */
export const valuesOf = <P extends { code: string }>({ code: _code, ...values }: P) => values as unknown as Record<string, string | number>;

export const moneyProblemText = (p: MoneyProblem) => msg(`money.${p.code}`, valuesOf(p) as never);
