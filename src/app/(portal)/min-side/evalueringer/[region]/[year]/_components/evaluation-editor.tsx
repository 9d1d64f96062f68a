"use client";
import { formatTime } from "@/lib/format";
// The report editor. Every field saves itself shortly after the user stops typing, against the text the
// user last saw on the server; what is not yet saved is kept in the browser (localStorage) and sent when
// the connection is back, so nothing typed is lost by a reload, a lost connection or a closed tab.
import { useActionState, useCallback, useEffect, useRef, useState } from "react";
import { useText } from "@/i18n/client";
import { ActionStatus } from "@/components/form-parts";
import { heartbeatAction, saveFieldAction, submitAction } from "@/server/evaluations/actions";

export type EditorField = { name: string; label: string; guidance: string; value: string; group?: string };
type FieldState = { value: string; base: string; status: "saved" | "unsaved" | "saving" | "offline" | "conflict" | "error"; message?: string; theirs?: string };

const SAVE_AFTER_MS = 800;
const storageKey = (evaluationId: string, field: string) => `dekom:evaluering:${evaluationId}:${field}`;

export function EvaluationEditor(props: { evaluationId: string; version: number; regionSlug: string; year: number; fields: EditorField[]; maxChars: number }) {
  const t = useText("evaluation", "editor");
  const [fields, setFields] = useState<Record<string, FieldState>>(() =>
    Object.fromEntries(props.fields.map((f) => [f.name, { value: f.value, base: f.value, status: "saved" }])));
  const [version, setVersion] = useState(props.version);
  const [lastSaved, setLastSaved] = useState<string | null>(null);
  const timers = useRef<Record<string, ReturnType<typeof setTimeout>>>({});
  const latest = useRef(fields);
  latest.current = fields;

  const patch = (name: string, p: Partial<FieldState>) => setFields((all) => ({ ...all, [name]: { ...all[name], ...p } }));

  const save = useCallback(async (name: string) => {
    const f = latest.current[name];
    if (!f || f.value === f.base || f.status === "conflict") return;
    const sent = f.value;
    patch(name, { status: "saving" });
    try {
      const r = await saveFieldAction({ evaluationId: props.evaluationId, field: name, base: f.base, value: sent });
      if (r.ok) {
        const still = latest.current[name].value === sent;
        patch(name, { base: sent, status: still ? "saved" : "unsaved", message: undefined });
        if (still) localStorage.removeItem(storageKey(props.evaluationId, name));
        if (r.data) { setVersion(r.data.version); setLastSaved(formatTime(new Date(r.data.savedAt))); }
        if (!still) timers.current[name] = setTimeout(() => void save(name), SAVE_AFTER_MS);
      } else if ("conflict" in r) {
        patch(name, { status: "conflict", message: r.message, theirs: r.conflict.current });
      } else {
        patch(name, { status: "error", message: r.message });
      }
    } catch {
      patch(name, { status: "offline" }); // kept in localStorage; sent again when back online
    }
  }, [props.evaluationId]);

  // Restore what was typed but not saved (a reload, a crash, a lost connection), if the server text is unchanged.
  useEffect(() => {
    for (const f of props.fields) {
      const stored = localStorage.getItem(storageKey(props.evaluationId, f.name));
      if (!stored) continue;
      const { value, base } = JSON.parse(stored) as { value: string; base: string };
      if (value === f.value) localStorage.removeItem(storageKey(props.evaluationId, f.name));
      else if (base === f.value) { patch(f.name, { value, status: "unsaved" }); timers.current[f.name] = setTimeout(() => void save(f.name), SAVE_AFTER_MS); }
      else patch(f.name, { value, status: "conflict", theirs: f.value, message: t("unsavedConflict") });
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Back online: send everything that waits. Also retry every 10 s while anything waits.
  useEffect(() => {
    const retry = () => { for (const [name, f] of Object.entries(latest.current)) if (f.status === "offline" || f.status === "unsaved") void save(name); };
    window.addEventListener("online", retry);
    const interval = setInterval(retry, 10_000);
    return () => { window.removeEventListener("online", retry); clearInterval(interval); };
  }, [save]);

  // Warn before leaving with text that is neither saved nor kept.
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => { if (Object.values(latest.current).some((f) => f.status === "saving")) e.preventDefault(); };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, []);

  const onChange = (name: string, value: string) => {
    const f = latest.current[name];
    localStorage.setItem(storageKey(props.evaluationId, name), JSON.stringify({ value, base: f.base }));
    patch(name, { value, status: f.status === "conflict" ? "conflict" : "unsaved" });
    clearTimeout(timers.current[name]);
    timers.current[name] = setTimeout(() => void save(name), SAVE_AFTER_MS);
  };

  const resolve = (name: string, keep: "mine" | "theirs") => {
    const f = latest.current[name];
    if (keep === "theirs") {
      localStorage.removeItem(storageKey(props.evaluationId, name));
      patch(name, { value: f.theirs ?? "", base: f.theirs ?? "", status: "saved", theirs: undefined, message: undefined });
    } else {
      patch(name, { base: f.theirs ?? "", status: "unsaved", theirs: undefined, message: undefined });
      setTimeout(() => void save(name), 0);
    }
  };

  const states = Object.values(fields);
  const overall = states.some((f) => f.status === "conflict") ? t("conflictAll")
    : states.some((f) => f.status === "offline") ? t("offline")
    : states.some((f) => f.status === "saving" || f.status === "unsaved") ? t("saving")
    : states.some((f) => f.status === "error") ? t("errorAll")
    : t("allSaved", { last: lastSaved ?? "none" });

  let group: string | undefined;
  // An overview with a link to each part: the report has a field per dimension of every tiltak (47 in the demo).
  const groups = [...new Set(props.fields.flatMap((d) => (d.group ? [d.group] : [])))];
  const groupId = (g: string) => `del-${groups.indexOf(g) + 1}`;
  return (
    <div className="space-y-5">
      <nav aria-label={t("parts")} className="ds-card" data-variant="tinted">
        <p className="font-semibold">{t("partsCount", { count: props.fields.length })}</p>
        <ol className="num-list mt-1">
          {groups.map((g) => (
            <li key={g}><a className="ds-link" href={`#${groupId(g)}`}>{g}</a></li>
          ))}
        </ol>
      </nav>
      <div className="sticky top-0 z-10 py-2" style={{ background: "var(--ds-color-neutral-background-default)" }}>
        <p aria-live="polite" role="status" className="font-semibold" data-testid="lagret">{overall}</p>
      </div>
      {props.fields.map((def) => {
        const f = fields[def.name];
        const heading = def.group !== group ? (group = def.group) : undefined;
        const id = `felt-${def.name.replace(/[^a-z0-9]/gi, "-")}`;
        const described = [`${id}-hjelp`, f.message && `${id}-feil`].filter(Boolean).join(" ");
        return (
          <div key={def.name} className="space-y-1">
            {heading && <h2 id={groupId(heading)} tabIndex={-1} className="ds-heading mt-6 scroll-mt-16" data-size="xs">{heading}</h2>}
            <div className="ds-field">
              <label className="ds-label" htmlFor={id}>{def.label}</label>
              <p id={`${id}-hjelp`} className="text-sm">{def.guidance}</p>
              <textarea id={id} className="ds-input" rows={5} value={f.value} maxLength={props.maxChars}
                aria-invalid={f.status === "conflict" || f.status === "error" ? true : undefined} aria-describedby={described}
                onChange={(e) => onChange(def.name, e.target.value)} onBlur={() => void save(def.name)} />
              <p className="text-sm" aria-hidden="true">{t("chars", { count: f.value.length, max: props.maxChars })}</p>
              {f.message && <p id={`${id}-feil`} className="ds-validation-message" data-color="danger">{f.message}</p>}
              {f.status === "conflict" && (
                <div className="ds-alert" data-color="warning">
                  <p className="font-semibold">{t("savedNow")}</p>
                  <p className="whitespace-pre-wrap">{f.theirs || t("empty")}</p>
                  <div className="flex flex-wrap gap-2 mt-2">
                    <button type="button" className="ds-button" data-size="sm" data-variant="secondary" onClick={() => resolve(def.name, "theirs")}>{t("useSaved")}</button>
                    <button type="button" className="ds-button" data-size="sm" data-variant="secondary" onClick={() => resolve(def.name, "mine")}>{t("keepMine")}</button>
                  </div>
                </div>
              )}
            </div>
          </div>
        );
      })}
      <SubmitForm evaluationId={props.evaluationId} version={version} regionSlug={props.regionSlug} year={props.year} disabled={states.some((f) => f.status !== "saved")} />
    </div>
  );
}

function SubmitForm(props: { evaluationId: string; version: number; regionSlug: string; year: number; disabled: boolean }) {
  const [state, action, pending] = useActionState(submitAction, null);
  const t = useText("evaluation", "editor");
  return (
    <form action={action} className="space-y-2 border-t pt-4" style={{ borderColor: "var(--ds-color-neutral-border-subtle)" }}>
      <input type="hidden" name="evaluationId" value={props.evaluationId} />
      <input type="hidden" name="version" value={props.version} />
      <input type="hidden" name="regionSlug" value={props.regionSlug} />
      <input type="hidden" name="year" value={props.year} />
      <p className="text-sm">{t("submitHelp")}</p>
      <button type="submit" className="ds-button" data-variant="primary" disabled={pending || props.disabled}>{t("submit")}</button>
      {props.disabled && <p className="text-sm">{t("waiting")}</p>}
      <ActionStatus state={state} />
    </form>
  );
}

/** Who else has the report open now (a heartbeat every 15 s), so people working together see each other. */
export function PresenceNote({ evaluationId }: { evaluationId: string }) {
  const [others, setOthers] = useState<string[]>([]);
  const t = useText("evaluation", "editor");
  useEffect(() => {
    const beat = () => heartbeatAction(evaluationId).then(setOthers).catch(() => {});
    void beat();
    const interval = setInterval(beat, 15_000);
    return () => clearInterval(interval);
  }, [evaluationId]);
  if (others.length === 0) return null;
  return (
    <p className="ds-alert" data-color="info" role="status">
      {t("presence", { names: others.join(` ${t("and")} `) })}
    </p>
  );
}
