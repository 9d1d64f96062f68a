"use client";
// A role and where it applies. The scope list shows only places at the chosen role's level (the server
// checks the level and the giver's right again).
import { useEffect, useState } from "react";
import { ROLE_LEVEL, type Level, type Role } from "@/domain/authorization";
import { fieldError, typed, useRemountKey, type FormState } from "@/components/form-parts";
import { useText } from "@/i18n/client";

export type ScopeOption = { value: string; label: string; level: Level };

export function RoleScopePicker(props: {
  prefix: string; state: FormState; roles: Role[]; scopes: ScopeOption[]; roleName: string; scopeName: string; optional?: boolean; legend: string; suffix?: string;
}) {
  const { prefix, state, roleName, scopeName } = props;
  const t = useText("accessForms");
  const roles = useText("roles");
  // With a choice of roles, none is preselected: the most powerful role is first in the list.
  const choose = props.optional || props.roles.length > 1;
  const initial = typed(state, roleName, choose ? "" : props.roles[0]) ?? "";
  const [role, setRole] = useState<string>(initial);
  const generation = useRemountKey(state);
  useEffect(() => setRole(initial), [state, initial]);
  const level = role ? ROLE_LEVEL[role as Role] : null;
  const scopes = props.scopes.filter((s) => s.level === level);
  const roleError = fieldError(state, roleName);
  const scopeError = fieldError(state, scopeName);
  return (
    <fieldset className="ds-fieldset space-y-3">
      <legend className="ds-label">{props.legend}</legend>
      <div className="ds-field">
        <label className="ds-label" data-weight="regular" htmlFor={`${prefix}-${roleName}`}>{t("roleLabel", { suffix: props.suffix ?? "" })}</label>
        <select key={generation} id={`${prefix}-${roleName}`} name={roleName} className="ds-input" defaultValue={initial} onChange={(e) => setRole(e.target.value)}
          aria-invalid={roleError ? true : undefined} aria-describedby={roleError ? `${prefix}-${roleName}-error` : undefined}>
          {choose && <option value="">{props.optional ? t("none") : t("chooseRole")}</option>}
          {props.roles.map((r) => <option key={r} value={r}>{roles(r)}</option>)}
        </select>
        {roleError && <p id={`${prefix}-${roleName}-error`} className="ds-validation-message" data-color="danger">{roleError}</p>}
      </div>
      {level && (
        <div className="ds-field">
          <label className="ds-label" data-weight="regular" htmlFor={`${prefix}-${scopeName}`}>{t("scopeLabel", { suffix: props.suffix ?? "", level: t(`level.${level}`).toLowerCase() })}</label>
          <select key={`${level}-${generation}`} id={`${prefix}-${scopeName}`} name={scopeName} className="ds-input" defaultValue={typed(state, scopeName)}
            aria-invalid={scopeError ? true : undefined} aria-describedby={scopeError ? `${prefix}-${scopeName}-error` : undefined}>
            {scopes.map((s) => <option key={s.value} value={s.value}>{s.label}</option>)}
          </select>
          {scopes.length === 0 && <p className="text-sm">{t("noPlaces")}</p>}
          {scopeError && <p id={`${prefix}-${scopeName}-error`} className="ds-validation-message" data-color="danger">{scopeError}</p>}
        </div>
      )}
    </fieldset>
  );
}
