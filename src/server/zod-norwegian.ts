// Zod's messages in Norwegian for the cases a schema does not name itself: a wrong type or a missing field
// reaches a user only from a tampered or outdated form, so the message says to reload, not what a "type" is.
// Zod's own bokmål locale covers the rest (nynorsk: zod has no nn locale; the portal's schemes name their own messages). Imported for its effect by src/server/form-fields.ts.
import { z } from "zod";
import { msg } from "@/i18n/server-text";

z.config(z.locales.no());
z.config({
  customError: (issue) =>
    issue.code === "invalid_type"
      ? issue.input === undefined || issue.input === null
        ? msg("zod.missingField")
        : msg("zod.invalidValue")
      : undefined,
});
