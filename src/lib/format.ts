// Formatting for Norwegian readers. Dates are stored in UTC and shown in Europe/Oslo.
const dateFormat = new Intl.DateTimeFormat("nb-NO", { dateStyle: "long", timeZone: "Europe/Oslo" });
const dateTimeFormat = new Intl.DateTimeFormat("nb-NO", { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Oslo" });

export const formatDate = (d: Date) => dateFormat.format(d);
export const formatDateTime = (d: Date) => dateTimeFormat.format(d);

export { formatBasisPoints, formatNok } from "@/domain/money";

const MONTHS = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"];
/** The county's reporting deadline as a day in the year: "1. februar". */
export const formatDayOfYear = (month: number, day: number) => `${day}. ${MONTHS[month - 1]}`;
