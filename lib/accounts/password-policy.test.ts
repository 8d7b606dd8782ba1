import { describe, expect, it } from "vitest";
import { isCommonPassword, newPasswordHash } from "./password-policy";

describe("common passwords are refused", () => {
  it("finds the list's passwords, in any case, and typed on a Cyrillic keyboard layout", async () => {
    for (const password of ["qwertyuiop", "1q2w3e4r5t", "Password123", "йцукенгшщз", "ЙЦУКЕНГШЩЗ"])
      expect(await isCommonPassword(password)).toBe(true);
    for (const password of ["жақсы құпия сөз 2026", "a brand new passphrase", "тоо-ала-тоо жайлоо 7"])
      expect(await isCommonPassword(password)).toBe(false);
  });

  it("a new password from the list becomes a field error, not a hash", async () => {
    await expect(newPasswordHash("1234567890")).rejects.toMatchObject({
      code: "invalid",
      fields: { password: ["validation.passwordCommon"] },
    });
    expect(await newPasswordHash("тоо-ала-тоо жайлоо 7")).toMatch(/^\$argon2id\$/);
  });
});
