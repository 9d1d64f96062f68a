// Prints one closing line over both runners: "tests: N passed, N failed".
import { readFileSync } from "node:fs";
const [vitestFile, playwrightFile, seconds] = process.argv.slice(2);
const v = JSON.parse(readFileSync(vitestFile, "utf8"));
const p = JSON.parse(readFileSync(playwrightFile, "utf8"));
const passed = v.numPassedTests + p.stats.expected;
const failed = v.numFailedTests + p.stats.unexpected + p.stats.flaky;
const skipped = v.numPendingTests + v.numTodoTests + p.stats.skipped;
console.log(`\nvitest: ${v.numPassedTests} passed, ${v.numFailedTests} failed; playwright: ${p.stats.expected} passed, ${p.stats.unexpected} failed; ${seconds} s in all`);
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed ? 1 : 0);
