-- migrate:up
-- AlterEnum
ALTER TYPE "DecisionRule" ADD VALUE 'KONSENSUS';


-- migrate:down
-- AlterEnum
BEGIN;
CREATE TYPE "DecisionRule_new" AS ENUM ('FLERTALL', 'LEDERS_DOBBELTSTEMME', 'ARBEIDSUTVALG', 'STATSFORVALTERENS_AVGJORELSE');
ALTER TABLE "Decision" ALTER COLUMN "rule" TYPE "DecisionRule_new" USING ("rule"::text::"DecisionRule_new");
ALTER TYPE "DecisionRule" RENAME TO "DecisionRule_old";
ALTER TYPE "DecisionRule_new" RENAME TO "DecisionRule";
DROP TYPE "DecisionRule_old";
COMMIT;

