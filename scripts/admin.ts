// `npm run admin -- create-admin --name "Ada Lovelace" --email ada@statsforvalteren.no`
// Creates the first administrator of an installation (or another one): an invitation to the SYSTEM_ADMIN
// role, printed as a one-time sign-in link. The person opens it and signs in with any configured identity
// provider; that login becomes theirs. Refuses a second run for the same person, and bad input, clearly.
import { parseArgs } from "node:util";
import { createPrismaClient } from "../src/server/prisma-client.ts";
import { emailSchema, personName } from "../src/server/access/schemas.ts";
import { invitationLink } from "../src/server/access/tokens.ts";
import { createAdminInvitation } from "../src/server/access/first-admin.ts";
import { portalDatabase } from "./lib/connect.ts";

const usage = `Usage: npm run admin -- create-admin --name "Full Name" --email person@example.no

Creates an invitation to the system administrator role and prints a one-time sign-in link (valid for
DEKOM_INVITATION_DAYS days, 14 by default). Uses DATABASE_URL, or the embedded database of npm start.
The link starts with NEXTAUTH_URL (default http://localhost:$PORT, port 3000).`;

function fail(message: string, code = 2): never {
  console.error(`[dekom admin] ${message}`);
  process.exit(code);
}

const { values, positionals } = parseArgs({ options: { name: { type: "string" }, email: { type: "string" }, help: { type: "boolean" } }, allowPositionals: true, strict: false });
if (values.help || positionals[0] !== "create-admin") {
  console.log(usage);
  process.exit(values.help ? 0 : 2);
}
const name = personName.safeParse(values.name ?? "");
const email = emailSchema.safeParse(values.email ?? "");
if (!name.success) fail(`--name: ${name.error.issues[0].message}`);
if (!email.success) fail(`--email: ${email.error.issues[0].message}`);
const days = Number(process.env.DEKOM_INVITATION_DAYS ?? 14);
if (!Number.isInteger(days) || days < 1 || days > 90) fail("DEKOM_INVITATION_DAYS must be a whole number of days from 1 to 90");

const database = await portalDatabase().catch((error: Error) => fail(`could not reach the database: ${error.message}`, 1));
const db = createPrismaClient(database.url);
try {
  const outcome = await createAdminInvitation(db, { name: name.data, email: email.data }, new Date(), days);
  if (!outcome.ok) fail(outcome.message, 1);
  const portalUrl = process.env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
  console.log(`Invitation to the system administrator role created for ${name.data} <${email.data}>.`);
  console.log(`One-time sign-in link (valid until ${outcome.expiresAt.toISOString()}):`);
  console.log(invitationLink(portalUrl, outcome.token));
} finally {
  await db.$disconnect();
  await database.close();
}
