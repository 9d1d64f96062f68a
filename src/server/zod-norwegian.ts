// Zod's messages in Norwegian for the cases a schema does not name itself: a wrong type or a missing field
// reaches a user only from a tampered or outdated form, so the message says to reload, not what a "type" is.
// The common codes are answered from the catalogue in the reader's language (zod has no nynorsk locale); zod's own
// bokmål locale covers the rare rest. Imported for its effect by src/server/form-fields.ts.
import { z } from "zod";
import { msg } from "@/i18n/server-text";

z.config(z.locales.no());
z.config({
  // In the reader's language (read when a form is checked). Zod's bokmål locale answers only for codes not named here.
  customError: (issue) => {
    const bound = (key: "minimum" | "maximum") => String((issue as { [k: string]: unknown })[key] ?? "");
    const origin = (issue as { origin?: string }).origin;
    switch (issue.code) {
      case "invalid_type": return issue.input === undefined || issue.input === null ? msg("zod.missingField") : msg("zod.invalidValue");
      case "too_small": return origin === "string" ? msg("zod.tooShortText", { min: bound("minimum") }) : origin === "array" || origin === "set" ? msg("zod.tooFewChoices", { min: bound("minimum") }) : msg("zod.tooSmallNumber", { min: bound("minimum") });
      case "too_big": return origin === "string" ? msg("zod.textMax", { max: bound("maximum") }) : origin === "array" || origin === "set" ? msg("zod.tooManyChoices", { max: bound("maximum") }) : msg("zod.tooBigNumber", { max: bound("maximum") });
      case "invalid_value": return msg("zod.chooseInList");
      case "invalid_format": return msg("zod.badFormat");
      default: return undefined;
    }
  },
});
