import { allocationStatusColor } from "@/lib/messages";
import { msg } from "@/i18n/server-text";

export function AllocationStatusTag({ status }: { status: keyof typeof allocationStatusColor }) {
  return <span className="ds-tag" data-size="sm" data-color={allocationStatusColor[status]}>{msg(`allocationStatus.${status}`)}</span>;
}
