import { describe, expect, it } from "vitest";
import { signInErrorCode } from "./access";

describe("the sign-in page's message for ?feil=", () => {
  it("is the code's own message, an invitation's, or the general one", () => {
    expect(signInErrorCode("for-mange-forsok")).toBe("for-mange-forsok");
    expect(signInErrorCode("ingen-rolle")).toBe("ingen-rolle");
    expect(signInErrorCode("finnes-ikke")).toBe("Default");
  });
  it("is the general one for the names of Object's own properties, which would otherwise break the page", () => {
    for (const code of ["__proto__", "constructor", "toString", "hasOwnProperty"]) expect(signInErrorCode(code)).toBe("Default");
  });
});
