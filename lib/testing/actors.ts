// Test helpers: people and organisations in the database, and the Actor a use case would receive for them.
import { employerRole, moderatorRole, type StaffRole } from "@/lib/access/roles";
import type { Organization, User } from "@/lib/generated/prisma/client";
import { loadActor, type Actor } from "@/lib/access/actor";
import { createOrganization } from "@/prisma/seed/factories";
import { testPrisma } from "./database";

let counter = 0;

export async function createEmployer(
  options: {
    country?: "KG" | "KZ";
    role?: "OWNER" | "MEMBER";
    organization?: Organization;
    kind?: "COMPANY" | "RECRUITMENT_AGENCY";
  } = {},
) {
  counter += 1;
  const prisma = testPrisma();
  const organization =
    options.organization ??
    (await createOrganization(prisma, {
      countryCode: options.country ?? "KZ",
      kind: options.kind ?? "COMPANY",
      legalName: `Employer ${counter}`,
    }));
  const user = await prisma.user.create({
    data: {
      email: `employer${counter}-${Date.now()}@example.test`,
      name: `Employer person ${counter}`,
      role: employerRole,
      emailVerified: new Date(),
    },
  });
  await prisma.membership.create({
    data: { userId: user.id, organizationId: organization.id, role: options.role ?? "OWNER" },
  });
  return { user, organization, actor: (await loadActor(user.id, user.sessionVersion)) as Actor };
}

export async function createStaff(role: StaffRole = moderatorRole, jurisdictions: ("KG" | "KZ")[] = ["KG"]) {
  counter += 1;
  const user: User = await testPrisma().user.create({
    data: {
      email: `staff${counter}-${Date.now()}@example.test`,
      name: `Staff ${counter}`,
      role,
      jurisdictions,
      emailVerified: new Date(),
    },
  });
  return { user, actor: (await loadActor(user.id, user.sessionVersion)) as Actor };
}
