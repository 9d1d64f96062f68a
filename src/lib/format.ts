// Formatting for Norwegian readers. Dates are stored in UTC and shown in Europe/Oslo.
import { timeIn } from "@/domain/deadline";

const dateFormat = new Intl.DateTimeFormat("nb-NO", { dateStyle: "long", timeZone: "Europe/Oslo" });
const shortDateFormat = new Intl.DateTimeFormat("nb-NO", { dateStyle: "short", timeZone: "Europe/Oslo" });

export const formatDate = (d: Date) => dateFormat.format(d);
/** A time of day as Norwegian style guides write it: «kl. 09.05» (Oslo time). One format everywhere. */
export const formatTime = (d: Date) => {
  const { hour, minute } = timeIn(d);
  return `kl. ${String(hour).padStart(2, "0")}.${String(minute).padStart(2, "0")}`;
};
/** «15.02.2022 kl. 11.00». */
export const formatDateTime = (d: Date) => `${shortDateFormat.format(d)} ${formatTime(d)}`;

export { formatBasisPoints, formatNok } from "@/domain/money";

const MONTHS = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"];
/** The county's reporting deadline as a day in the year: "1. februar". */
export const formatDayOfYear = (month: number, day: number) => `${day}. ${MONTHS[month - 1]}`;
