"use client";
import { useTranslations } from "next-intl";

export function PrintButton() {
  const t = useTranslations("evaluation");
  return <button type="button" className="ds-button" data-variant="secondary" onClick={() => window.print()}>{t("print")}</button>;
}
