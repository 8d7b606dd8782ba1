// npm run staff:create -- --email admin@mintrud.kg --name "Айгуль Осмонова" [--role ADMINISTRATOR|MODERATOR] [--countries KG,KZ]
// Creates a staff account (the first administrator, or anyone when scripting). The password comes from
// STAFF_PASSWORD, or a strong one is generated and printed once; there is never a default password.
import { randomBytes } from "node:crypto";
import { administratorRole } from "@/lib/access/roles";
import { createStaffMember } from "@/lib/moderation/create-staff-member";
import { db } from "@/lib/server/db";
import { isAppError } from "@/lib/server/errors";

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : undefined);
const generated = !process.env.STAFF_PASSWORD;
const password = process.env.STAFF_PASSWORD ?? randomBytes(18).toString("base64url");

try {
  const member = await createStaffMember(null, {
    email: option("email"),
    name: option("name"),
    role: option("role") ?? administratorRole,
    jurisdictions: (option("countries") ?? "KG,KZ").split(",").map((c) => c.trim().toUpperCase()),
    password,
  });
  console.log(`Created ${member.role} ${member.email} for ${member.jurisdictions.join(", ")}.`);
  if (generated) console.log(`Password (shown once, change it after the first sign-in): ${password}`);
} catch (error) {
  console.error(isAppError(error) ? `${error.code}: ${JSON.stringify(error.fields ?? error.message)}` : error);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
