import { z } from "zod";
import { ROLES, type Role, type ScopeIds } from "@/domain/authorization";
import { id, optional, version } from "../form-fields";

// Input schemas of the access actions, shared with their forms. Messages are Norwegian.

export const roleSchema = z.enum(ROLES, { error: "Velg en rolle fra listen." });

/** A scope as the forms send it: "county:<id>", "region:<id>", "owner:<id>", "school:<id>", or "" for none. */
export const scopeSchema = z
  .string({ error: "Velg et ansvarsområde." })
  .transform((v, ctx): ScopeIds => {
    if (v === "" || v === "installation") return {};
    const m = /^(county|region|owner|school):([a-z0-9]{20,40})$/i.exec(v);
    if (!m) {
      ctx.addIssue({ code: "custom", message: "Velg et ansvarsområde fra listen." });
      return z.NEVER;
    }
    const key = ({ county: "countyId", region: "regionId", owner: "schoolOwnerId", school: "schoolId" } as const)[m[1] as "county"];
    return { [key]: m[2] };
  });

export const personName = z
  .string({ error: "Skriv navnet til personen." })
  .trim()
  .min(2, "Navnet må ha minst 2 tegn.")
  .max(120, "Navnet kan ha høyst 120 tegn.")
  .regex(/^[\p{L}\p{M} .'\-]+$/u, "Navnet kan bare inneholde bokstaver, mellomrom, bindestrek og apostrof.");

export const emailSchema = z
  .string({ error: "Skriv e-postadressen." })
  .trim()
  .min(1, "Skriv e-postadressen.")
  .max(254, "E-postadressen er for lang.")
  .pipe(z.email({ error: "Skriv en gyldig e-postadresse, for eksempel navn@kommune.no." }))
  .transform((v) => v.toLowerCase());

/** Up to three role rows (role1/scope1 …); the empty ones are left out, at least one is required. */
export const INVITE_ROWS = [1, 2, 3] as const;
const optionalRole = optional(roleSchema);
const optionalScope = optional(z.string());
export const inviteSchema = z
  .object({
    countyId: optional(id),
    name: personName,
    email: emailSchema,
    role1: optionalRole, scope1: optionalScope,
    role2: optionalRole, scope2: optionalScope,
    role3: optionalRole, scope3: optionalScope,
  })
  .transform((v, ctx) => {
    const grants: { row: number; role: Role; ids: ScopeIds }[] = [];
    for (const n of INVITE_ROWS) {
      const role = v[`role${n}`];
      if (!role) continue;
      const scope = scopeSchema.safeParse(v[`scope${n}`] ?? "");
      if (scope.success) grants.push({ row: n, role, ids: scope.data });
      else ctx.addIssue({ code: "custom", path: [`scope${n}`], message: "Velg et ansvarsområde fra listen." });
    }
    if (grants.length === 0) ctx.addIssue({ code: "custom", path: ["role1"], message: "Velg minst én rolle med ansvarsområde." });
    return { countyId: v.countyId, name: v.name, email: v.email, grants };
  });

export const grantRoleSchema = z.object({ userId: id, role: roleSchema, scope: scopeSchema });
export const assignmentSchema = z.object({ assignmentId: id });
export const userSchema = z.object({ userId: id });
export const invitationSchema = z.object({ invitationId: id, version });

export const countySchema = z.object({
  name: z.string({ error: "Skriv fylkets navn." }).trim().min(2, "Skriv fylkets navn (minst 2 tegn).").max(80, "Navnet kan ha høyst 80 tegn.")
    .regex(/^[\p{L}\p{M} .'\-]+$/u, "Navnet kan bare inneholde bokstaver, mellomrom og bindestrek."),
  governorName: z.string({ error: "Skriv navnet på statsforvalterembetet." }).trim().min(5, "Skriv navnet på statsforvalterembetet, for eksempel «Statsforvalteren i Troms og Finnmark».").max(120, "Navnet kan ha høyst 120 tegn."),
});
