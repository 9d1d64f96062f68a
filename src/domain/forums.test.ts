import { describe, expect, it } from "vitest";
import { seatProblem, type Seat } from "./forums";

const oppvekst = { kind: "OPPVEKSTFORUM" as const, municipalities: ["sortland", "hadsel"] };
const leader: Seat = { id: "a", kind: "KOMMUNE", position: "LEDER", schoolOwnerId: "sortland" };
const deputy: Seat = { id: "b", kind: "KOMMUNE", position: "NESTLEDER", schoolOwnerId: "hadsel" };

describe("forum seats", () => {
  it("accepts a second representative of a municipality: they share its one vote", () => {
    expect(seatProblem({ kind: "KOMMUNE", position: "MEDLEM", schoolOwnerId: "sortland" }, [leader, deputy], oppvekst)).toBeNull();
    expect(seatProblem({ kind: "RKK", position: "MEDLEM", schoolOwnerId: null }, [leader], oppvekst)).toBeNull();
  });

  it("allows one leader and one deputy; a member may keep their own position when edited", () => {
    expect(seatProblem({ kind: "KOMMUNE", position: "LEDER", schoolOwnerId: "hadsel" }, [leader], oppvekst)).toEqual({ field: "position", code: "second-leader" });
    expect(seatProblem({ kind: "UH", position: "NESTLEDER", schoolOwnerId: null }, [deputy], oppvekst)).toEqual({ field: "position", code: "second-deputy" });
    expect(seatProblem({ ...leader }, [leader, deputy], oppvekst)).toBeNull();
  });

  it("needs a municipality of the region for a municipal seat, and none for the others", () => {
    expect(seatProblem({ kind: "KOMMUNE", position: "MEDLEM", schoolOwnerId: null }, [], oppvekst)).toEqual({ field: "schoolOwnerId", code: "municipality-required" });
    expect(seatProblem({ kind: "KOMMUNE", position: "MEDLEM", schoolOwnerId: "bodo" }, [], oppvekst)).toEqual({ field: "schoolOwnerId", code: "municipality-outside-region" });
    expect(seatProblem({ kind: "PPD", position: "MEDLEM", schoolOwnerId: "sortland" }, [], oppvekst)).toEqual({ field: "schoolOwnerId", code: "municipality-not-allowed" });
  });

  it("keeps Statsforvalteren out of an Oppvekstforum, and in the Samarbeidsforum", () => {
    expect(seatProblem({ kind: "STATSFORVALTER", position: "MEDLEM", schoolOwnerId: null }, [], oppvekst)).toEqual({ field: "kind", code: "governor-in-oppvekstforum" });
    expect(seatProblem({ kind: "STATSFORVALTER", position: "LEDER", schoolOwnerId: null }, [], { kind: "SAMARBEIDSFORUM", municipalities: [] })).toBeNull();
  });
});
