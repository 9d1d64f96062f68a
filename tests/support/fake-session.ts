import type { PortalUser } from "../../src/server/auth/actor";

/** Who the faked session says is signed in (the tests' stand-in for next-auth's cookie lookup). */
export const session = { user: null as PortalUser | null };
