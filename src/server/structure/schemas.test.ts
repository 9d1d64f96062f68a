import { describe, expect, it } from "vitest";
import { addGroupMemberSchema, orgNumberSchema, removeGroupMemberSchema } from "./schemas";

const groupId = "cm0abcdefghijklmnopqrstu";

describe("addGroupMemberSchema", () => {
  it("accepts a Norwegian name, trims it and coerces the version from the form", () => {
    const r = addGroupMemberSchema.parse({ groupId, version: "3", name: "  Åse Ødegård-Næss ", role: "PTV" });
    expect(r).toEqual({ groupId, version: 3, name: "Åse Ødegård-Næss", role: "PTV" });
  });

  it("names the field and says what is wrong, in Norwegian", () => {
    const r = addGroupMemberSchema.safeParse({ groupId, version: "1", name: "A", role: "REKTOR" });
    expect(r.success).toBe(false);
    const messages = Object.fromEntries(r.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(messages).toEqual({ name: "Navnet må ha minst 2 tegn.", role: "Velg en rolle fra listen." });
  });

  it("refuses markup, over-long names, and versions that are not positive whole numbers", () => {
    expect(addGroupMemberSchema.safeParse({ groupId, version: 1, name: "<script>", role: "PTV" }).success).toBe(false);
    expect(addGroupMemberSchema.safeParse({ groupId, version: 1, name: "a".repeat(121), role: "PTV" }).success).toBe(false);
    for (const version of ["0", "-1", "1.5", "abc", ""]) {
      expect(addGroupMemberSchema.safeParse({ groupId, version, name: "Ola", role: "PTV" }).success).toBe(false);
    }
  });

  it("refuses ids that are not ids", () => {
    expect(removeGroupMemberSchema.safeParse({ groupId: "1 or 1=1", version: 1, memberId: groupId }).success).toBe(false);
  });
});

describe("orgNumberSchema", () => {
  it("normalises a valid number", () => {
    expect(orgNumberSchema.parse("974 760 673")).toBe("974760673");
  });
  it("tells a wrong length apart from a wrong check digit", () => {
    expect(orgNumberSchema.safeParse("12345").error?.issues[0]?.message).toBe("Organisasjonsnummeret må ha 9 sifre.");
    expect(orgNumberSchema.safeParse("974760674").error?.issues[0]?.message).toBe("Organisasjonsnummeret har feil kontrollsiffer.");
  });
});
