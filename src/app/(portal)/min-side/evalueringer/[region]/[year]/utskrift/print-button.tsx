"use client";
import { useText } from "@/i18n/client";

export function PrintButton() {
  const t = useText("evaluation");
  return <button type="button" className="ds-button" data-variant="secondary" onClick={() => window.print()}>{t("print")}</button>;
}
