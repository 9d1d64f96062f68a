import "server-only";
import { db } from "../db";
import { readInvitation as read } from "./links";

/** The invitation behind a link, for its page: what it gives, or why it cannot be used. Never changes it. */
export const readInvitation = (token: string) => read(db(), token, new Date());
