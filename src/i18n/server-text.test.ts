// The server's own text follows the language of the request it serves: a refusal, a zod message and a label
// read inside withLocale("nn") are nynorsk, also after an await; outside any request they are bokmål.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { errors, msg, withLocale } from "./server-text";
import { text, year } from "@/server/form-fields";
import { evaluationStatusLabel } from "@/lib/evaluation-text";

const firstMessage = (r: z.ZodSafeParseResult<unknown>) => (r.success ? null : r.error.issues[0]!.message);
const comment = text(5, 4000, () => msg("evaluation.messages.returnWhat"));

describe("the server's text in the request's language", () => {
  it("is bokmål where no request sets a language", () => {
    expect(errors.forbidden).toBe("Du har ikke tilgang til å gjøre dette.");
    expect(firstMessage(comment.safeParse("UH?"))).toBe("Skriv hva som må rettes (minst 5 tegn).");
    expect(evaluationStatusLabel.NOT_STARTED).toBe("Ikke påbegynt");
  });

  it("is nynorsk inside withLocale('nn'), across an await, and bokmål again after it", async () => {
    const inside = await withLocale("nn", async () => {
      await new Promise((r) => setTimeout(r, 1));
      return {
        forbidden: errors.forbidden,
        comment: firstMessage(comment.safeParse("UH?")),
        year: firstMessage(year.safeParse("1999")),
        missing: firstMessage(comment.safeParse(undefined)),
        status: evaluationStatusLabel.NOT_STARTED,
      };
    });
    expect(inside).toEqual({
      forbidden: "Du har ikkje tilgang til å gjere dette.",
      comment: "Skriv kva som må rettast (minst 5 teikn).",
      year: expect.stringMatching(/^Vel eit år frå \d{4}\.$/),
      missing: "Skriv kva som må rettast.",
      status: "Ikkje påbyrja",
    });
    expect(errors.forbidden).toBe("Du har ikke tilgang til å gjøre dette.");
  });

  it("keeps two requests in different languages apart when they run at the same time", async () => {
    const slow = (locale: "nb" | "nn", ms: number) => withLocale(locale, async () => { await new Promise((r) => setTimeout(r, ms)); return errors.notFound; });
    expect(await Promise.all([slow("nn", 5), slow("nb", 1)])).toEqual(["Fann ikkje det du bad om. Det kan vere sletta.", "Fant ikke det du ba om. Den kan være slettet."]);
  });
});
