// Writes the sample register files in samples/ (npx tsx scripts/make-register-samples.ts). Deterministic.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { sampleEnhetsregisteret, sampleEnhetsregisteretCsv, sampleNbr, sampleNsr } from "./lib/register-samples.ts";

const dir = path.resolve(import.meta.dirname, "..", "samples");
writeFileSync(path.join(dir, "nsr-skoler-eksempel.json"), JSON.stringify(sampleNsr(), null, 1) + "\n");
writeFileSync(path.join(dir, "nbr-barnehager-eksempel.json"), JSON.stringify(sampleNbr(), null, 1) + "\n");
writeFileSync(path.join(dir, "enhetsregisteret-eksempel.json"), JSON.stringify(sampleEnhetsregisteret(), null, 1) + "\n");
writeFileSync(path.join(dir, "enhetsregisteret-eksempel.csv"), sampleEnhetsregisteretCsv());
console.log(`wrote samples to ${dir}`);
