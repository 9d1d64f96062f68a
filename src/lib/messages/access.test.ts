import { describe, expect, it } from "vitest";
import { signInMessage } from "./access";
import { signInError } from "./index";

describe("the sign-in page's message for ?feil=", () => {
  it("is the code's own message, an invitation's, or the general one", () => {
    expect(signInMessage("for-mange-forsok")).toBe("For mange mislykkede forsøk fra denne adressen. Vent et kvarter og prøv igjen.");
    expect(signInMessage("finnes-ikke")).toBe(signInError.Default);
  });
  it("is the general one for the names of Object's own properties, which would otherwise break the page", () => {
    for (const code of ["__proto__", "constructor", "toString", "hasOwnProperty"]) expect(signInMessage(code)).toBe(signInError.Default);
  });
});
