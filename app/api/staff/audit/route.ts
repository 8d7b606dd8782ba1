// GET /api/staff/audit?action=…&from=…&to=… – the audit log as CSV, for administrators
import { exportAuditCsv } from "@/lib/audit/export-audit-csv";
import { currentActor } from "@/lib/access/current-actor";
import { httpStatusOf, isAppError } from "@/lib/server/errors";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  try {
    const csv = await exportAuditCsv(
      await currentActor(),
      Object.fromEntries(new URL(request.url).searchParams.entries()),
    );
    return new Response(`\uFEFF${csv}`, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="audit-${new Date().toISOString().slice(0, 10)}.csv"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (isAppError(error)) return Response.json({ error: error.code }, { status: httpStatusOf(error) });
    throw error;
  }
}
