// npm run risk:train [-- --activate] – trains a new version of the learned risk model from the labelled
// set's train split and the moderators' decisions in the database, prints its k-fold and held-out precision
// and recall, and stores it NOT active (an administrator switches to it on /staff/risk-model, audited).
// --activate puts it in force at once (audited, no actor): for a fresh installation or a demo only.
import { storeTrainedRiskModelVersion } from "@/lib/moderation/risk/model/store-trained-version";
import { switchActiveRiskModelVersion } from "@/lib/moderation/risk/model/switch-active-version";
import { formatMetrics } from "@/lib/moderation/risk/model/format-metrics";
import { db } from "@/lib/server/db";

try {
  const started = performance.now();
  const stored = await storeTrainedRiskModelVersion(db, null);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Version ${stored.version} trained in ${seconds} s on ${JSON.stringify(stored.trainedOn)}.`);
  console.log(`${Object.keys(stored.model.weights).length} features with a weight.\n`);
  console.log(formatMetrics(stored.metrics));
  if (process.argv.includes("--activate")) {
    await db.$transaction((tx) => switchActiveRiskModelVersion(tx, stored, null, "npm run risk:train -- --activate"));
    console.log(`\nVersion ${stored.version} is now in force.`);
  } else {
    console.log(`\nStored inactive: an administrator switches to it on /staff/risk-model.`);
  }
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
