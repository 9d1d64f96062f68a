import { allocationStatusColor, allocationStatusLabel } from "@/lib/messages";

export function AllocationStatusTag({ status }: { status: keyof typeof allocationStatusLabel }) {
  return <span className="ds-tag" data-size="sm" data-color={allocationStatusColor[status]}>{allocationStatusLabel[status]}</span>;
}
