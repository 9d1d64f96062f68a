import { z } from "zod";
import { ROLES, type Role, type ScopeIds } from "@/domain/authorization";
import { id, optional, version } from "../form-fields";
import { msg } from "@/i18n/server-text";

// Input schemas of the access actions. Their messages are read from the catalogue when a form is checked.

export const roleSchema = z.enum(ROLES, { error: () => msg("access.zod.role") });

/** A scope as the forms send it: "county:<id>", "region:<id>", "owner:<id>", "school:<id>", or "" for none. */
export const scopeSchema = z
  .string({ error: () => msg("access.zod.scope") })
  .transform((v, ctx): ScopeIds => {
    if (v === "" || v === "installation") return {};
    const m = /^(county|region|owner|school):([a-z0-9]{20,40})$/i.exec(v);
    if (!m) {
      ctx.addIssue({ code: "custom", message: msg("access.zod.scopeInList") });
      return z.NEVER;
    }
    const key = ({ county: "countyId", region: "regionId", owner: "schoolOwnerId", school: "schoolId" } as const)[m[1] as "county"];
    return { [key]: m[2] };
  });

export const personName = z
  .string({ error: () => msg("access.zod.name") })
  .trim()
  .min(2, { error: () => msg("access.zod.nameMin") })
  .max(120, { error: () => msg("access.zod.nameMax", { max: 120 }) })
  .regex(/^[\p{L}\p{M} .'\-]+$/u, { error: () => msg("access.zod.nameLetters") });

export const emailSchema = z
  .string({ error: () => msg("access.zod.email") })
  .trim()
  .min(1, { error: () => msg("access.zod.email") })
  .max(254, { error: () => msg("access.zod.emailLong") })
  .pipe(z.email({ error: () => msg("access.zod.emailValid") }))
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
      else ctx.addIssue({ code: "custom", path: [`scope${n}`], message: msg("access.zod.scopeInList") });
    }
    if (grants.length === 0) ctx.addIssue({ code: "custom", path: ["role1"], message: msg("access.server.noRoles") });
    return { countyId: v.countyId, name: v.name, email: v.email, grants };
  });

export const grantRoleSchema = z.object({ userId: id, role: roleSchema, scope: scopeSchema });
export const assignmentSchema = z.object({ assignmentId: id });
export const userSchema = z.object({ userId: id });
export const invitationSchema = z.object({ invitationId: id, version });

export const countySchema = z.object({
  name: z.string({ error: () => msg("access.zod.countyName") }).trim().min(2, { error: () => msg("access.zod.countyNameMin") }).max(80, { error: () => msg("access.zod.nameMax", { max: 80 }) })
    .regex(/^[\p{L}\p{M} .'\-]+$/u, { error: () => msg("access.zod.countyLetters") }),
  governorName: z.string({ error: () => msg("access.zod.governor") }).trim().min(5, { error: () => msg("access.zod.governorMin") }).max(120, { error: () => msg("access.zod.nameMax", { max: 120 }) }),
});
