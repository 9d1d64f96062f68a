import { msg } from "@/i18n/server-text";

/** Marks data the sources do not give (people, the other regions): see prisma/seed-data.ts. */
export function DemoTag({ show = true }: { show?: boolean }) {
  if (!show) return null;
  return (
    <span className="ds-tag ml-2 align-middle" data-color="warning" data-size="sm" title={msg("demo.title")}>
      {msg("demo.tag")}
    </span>
  );
}
