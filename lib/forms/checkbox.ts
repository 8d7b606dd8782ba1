import { z } from "zod";

/** A checkbox as the browser sends it ("on" when ticked, absent when not), or a boolean from code. */
export const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());
