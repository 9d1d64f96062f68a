import { describe, expect, it } from "vitest";
import { numberCell, textCell } from "./csv";

describe("CSV cells", () => {
  it("a text cell that would start a formula is defused; quotes and semicolons are quoted", () => {
    expect(textCell("=HYPERLINK(\"http://x\")")).toBe("\"'=HYPERLINK(\"\"http://x\"\")\"");
    expect(textCell("+47 kontor")).toBe("'+47 kontor");
    expect(textCell("-region")).toBe("'-region");
    expect(textCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(textCell("Vesterålen; Lødingen")).toBe("\"Vesterålen; Lødingen\"");
    expect(textCell("Salten")).toBe("Salten");
    expect(numberCell("-1 234,50")).toBe("-1 234,50");
  });
});
