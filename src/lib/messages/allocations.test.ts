// The money rules' codes become sentences in the reader's language, with their values.
import { describe, expect, it } from "vitest";
import { checkKey, checkNetworkShare } from "@/domain/allocation";
import { parseKeyPercent, parseKroner } from "@/domain/money";
import { withLocale } from "@/i18n/server-text";
import { allocationProblemText, keyText } from "./allocations";
import { moneyProblemText } from "./money";

const problem = <T extends { ok: boolean }>(r: T) => (r as unknown as { problem: never }).problem;

describe("allocation and money refusals", () => {
  it("render a rule's code and values in bokmål and nynorsk", () => {
    const sum = problem(checkKey([{ regionId: "a", weight: 999_900 }], ["a"], "PERCENT"));
    expect(withLocale("nb", () => allocationProblemText(sum))).toBe("Andelene i nøkkelen summerer til 99,99\u00a0%. De må summere til nøyaktig 100 %.");
    expect(withLocale("nn", () => allocationProblemText(sum))).toBe("Delane i nøkkelen summerer til 99,99\u00a0%. Dei må summere til nøyaktig 100 %.");
    const share = problem(checkNetworkShare(4001, 4000, null));
    expect(withLocale("nn", () => allocationProblemText(share))).toBe("Nettverksdelen kan ikkje vere over 40\u00a0%. Ei anna fordeling kan berre gi meir til UH.");
  });

  it("render an unreadable amount or share with its example and number of decimals", () => {
    expect(withLocale("nb", () => moneyProblemText(problem(parseKroner("tolv"))))).toBe("Skriv beløpet med tall, for eksempel 12 345 678,90.");
    expect(withLocale("nn", () => moneyProblemText(problem(parseKroner("1,001"))))).toBe("Beløpet kan ha høgst to desimalar (øre).");
    expect(withLocale("nb", () => moneyProblemText(problem(parseKeyPercent("ti"))))).toBe("Skriv andelen som et tall, for eksempel 40 eller 33,3333.");
    expect(withLocale("nb", () => moneyProblemText(problem(parseKeyPercent("1,00001"))))).toBe("Andelen kan ha høyst fire desimaler.");
    expect(withLocale("nn", () => moneyProblemText(problem(parseKeyPercent("1,00001"))))).toBe("Delen kan ha høgst fire desimalar.");
  });

  it("name the closed year and the next one a new key may start from", () => {
    expect(withLocale("nb", () => keyText.fromYear({ code: "closed-year", year: 2025 }))).toBe("2025 er avsluttet og har godkjente tildelinger, som ikke skal endres. Den nye nøkkelen kan gjelde fra 2026.");
  });
});
