// `train:ranker --from-db`: the desk's decisions from the database (DATABASE_URL, or the
// embedded server) as training examples.
import { listDecisions } from "@/lib/claims/list-decisions";
import { deskExamples, type DeskExamples } from "@/lib/import/rank/desk-examples";
import { withDatabase } from "./with-database";

export function deskDecisionExamples(): Promise<DeskExamples> {
  return withDatabase(async () => deskExamples(await listDecisions()));
}
