import { z } from "zod";
import { parseKroner } from "@/domain/money";
import { moneyProblemText } from "@/lib/messages/money";
import { msg } from "@/i18n/server-text";
import { id, optional, text, version, year, schemeId } from "../form-fields";

export const goalSchema = z.object({
  regionId: id,
  periodId: id,
  schemeId,
  /** Absent when a new mål is added. */
  goalId: optional(id),
  /** The plan's version as read; 0 when the region has no plan for the period yet. */
  planVersion: version,
  title: text(3, 500, () => msg("plans.zod.goal")),
});

export const removeGoalSchema = z.object({ goalId: id, planVersion: version });
export const removeMeasureSchema = z.object({ measureId: id, planVersion: version });

const amountKinds = [["network", "net"], ["uh", "uh"], ["coFinancing", "egen"]] as const;

/** One year's three amounts as typed ("" is 0); each error is put on its own field, e.g. net_2026. */
const budgetRow = z.object({ year, network: z.string(), uh: z.string(), coFinancing: z.string() });

export const measureSchema = z
  .object({
    goalId: id,
    measureId: optional(id),
    planVersion: version,
    title: text(3, 300, () => msg("plans.zod.measure")),
    responsible: optional(text(2, 200, () => msg("plans.zod.responsible"))),
    uhPartner: optional(text(2, 200, () => msg("plans.zod.uhPartner"))),
    startYear: year,
    endYear: year,
    networkId: optional(id),
    schoolIds: z.array(id, { error: () => msg("plans.zod.schoolChoice") }).max(500, { error: () => msg("plans.zod.tooManySchools") }),
    priorityAreaIds: z.array(id, { error: () => msg("plans.zod.areaChoice") }).max(50, { error: () => msg("plans.zod.tooManyAreas") }),
    budgets: z.array(budgetRow).max(20, { error: () => msg("plans.zod.tooManyYears") }),
  })
  .transform((v, ctx) => {
    const budgets = v.budgets.map((b) => {
      const amounts = { networkOre: 0n, uhOre: 0n, coFinancingOre: 0n };
      for (const [kind, prefix] of amountKinds) {
        const raw = b[kind].trim();
        if (raw === "") continue;
        const r = parseKroner(raw);
        if (!r.ok) ctx.addIssue({ code: "custom", path: [`${prefix}_${b.year}`], message: moneyProblemText(r.problem) });
        else amounts[`${kind}Ore`] = r.value;
      }
      return { year: b.year, ...amounts };
    });
    if (new Set(budgets.map((b) => b.year)).size !== budgets.length) ctx.addIssue({ code: "custom", path: ["budgets"], message: msg("plans.zod.yearTwice") });
    return { ...v, budgets };
  });

export const adoptSchema = z.object({ planId: id, caseId: id, planVersion: version });
