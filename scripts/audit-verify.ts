// `npm run audit:verify`: re-verifies the audit trail's hash chain (README, "Audit trail")
// against DATABASE_URL (else data/claimdesk.db). Prints the result; exits 1 when broken.
import { db } from "@/lib/db";
import { verifyAuditChain } from "@/lib/server/audit/verify-audit-chain";

async function main(): Promise<void> {
  const result = await verifyAuditChain();
  console.log(JSON.stringify(result));
  console.log(
    result.ok
      ? `Audit trail intact: ${result.checked} event(s) verified.`
      : `Audit trail BROKEN at event ${result.firstBrokenSeq}: ${result.reason} (${result.checked} event(s) verified before it).`,
  );
  await db.$disconnect();
  if (!result.ok) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
