import { z } from "zod";
import { CountryCode, Sector } from "@/lib/generated/prisma/enums";

export const countryCodes = Object.values(CountryCode);
export const sectors = Object.values(Sector);

export const vacancyIdSchema = z.string().regex(/^[a-z0-9]{20,32}$/);
