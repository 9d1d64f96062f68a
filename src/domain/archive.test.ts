import { describe, expect, it } from "vitest";
import { MAX_ATTEMPTS, archiveFileName, archiveUrlProblem, errorLine, nextAttemptAt } from "./archive";

describe("archive copies", () => {
  const now = new Date("2026-11-24T10:00:00Z");
  it("waits 30 s after the first failure and doubles the wait, at most 4 hours", () => {
    const waits = [1, 2, 3, 4, 10, 11].map((a) => (nextAttemptAt(a, now)!.getTime() - now.getTime()) / 1000);
    expect(waits).toEqual([30, 60, 120, 240, 14_400, 14_400]);
  });
  it("gives up after the last attempt", () => {
    expect(nextAttemptAt(MAX_ATTEMPTS - 1, now)).not.toBeNull();
    expect(nextAttemptAt(MAX_ATTEMPTS, now)).toBeNull();
  });
  it("accepts https, and http only to this machine", () => {
    expect(archiveUrlProblem("https://arkiv.example.no/noark5v5/api/arkivstruktur/arkivdel/1")).toBeNull();
    expect(archiveUrlProblem("http://127.0.0.1:4000/api/arkivdel/1")).toBeNull();
    expect(archiveUrlProblem("http://arkiv.example.no/x")).toBe("not-https");
    expect(archiveUrlProblem("ftp://localhost/x")).toBe("not-https");
    expect(archiveUrlProblem("arkiv")).toBe("not-a-url");
    expect(archiveUrlProblem("https://u:p@arkiv.example.no/")).toBe("has-credentials");
  });
  it("names files without user text", () => {
    expect(archiveFileName("ALLOCATION", now, "abc")).toBe("tildeling-2026-11-24-abc.pdf");
  });
  it("keeps an error to one short line", () => {
    expect(errorLine(`a\n  b ${"x".repeat(400)}`)).toHaveLength(300);
  });
});
