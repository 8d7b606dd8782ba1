import "server-only";
import { invalidFields } from "@/lib/forms/parse-input";
import { hashPassword } from "@/lib/server/passwords";

// A new password must not be one of the passwords people use most (the 49 000 of zxcvbn-ts's common list,
// which leaked-password studies rank first), typed as is or on a Russian/Kyrgyz/Kazakh keyboard layout
// ("йцукенгшщз" is "qwertyuiop"). Only passwords of the allowed length matter: the list is read once, on the
// server (it is ~400 KB: never part of a page's script).

const cyrillicKeys = "йцукенгшщзхъфывапролджэячсмитьбю";
const latinKeys = "qwertyuiop[]asdfghjkl;'zxcvbnm,.";

let common: Promise<Set<string>> | undefined;
function commonPasswords(): Promise<Set<string>> {
  common ??= import("@zxcvbn-ts/language-common").then(
    ({ dictionary }) => new Set((dictionary["passwords-common"] as string[]).filter((p) => p.length >= 8)),
  );
  return common;
}

/** The password as the same keys would type it on a Latin keyboard. */
function asLatinKeys(password: string): string {
  return [...password].map((c) => latinKeys[cyrillicKeys.indexOf(c)] ?? c).join("");
}

export async function isCommonPassword(password: string): Promise<boolean> {
  const list = await commonPasswords();
  const lower = password.toLowerCase().trim();
  return list.has(lower) || list.has(asLatinKeys(lower));
}

/** The hash of a new password (registration, reset, invitation, change), refusing a common one next to its field. */
export async function newPasswordHash(password: string, field = "password"): Promise<string> {
  if (await isCommonPassword(password)) throw invalidFields({ [field]: ["validation.passwordCommon"] });
  return hashPassword(password);
}
