"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import { auth, signIn, signOut } from "@/lib/access/auth";
import { endSignInSession } from "@/lib/access/sign-in-sessions";
import { waitParams } from "@/lib/i18n/duration";
import { formAction, type FormActionInput } from "@/lib/forms/form-action";
import { acceptInvitation } from "@/lib/organizations/accept-invitation";
import { requestIp } from "@/lib/server/request-context";
import { registerEmployer } from "./register-employer";
import { requestPasswordReset } from "./request-password-reset";
import { resendVerification } from "./resend-verification";
import { resetPassword } from "./reset-password";
import { verifyEmail } from "./verify-email";
import { changePassword } from "./change-password";

const secret = { secret: ["password"] };

// POST register – a new organisation and its owner
export const registerAction = formAction(async ({ values, locale }) => {
  const { email } = await registerEmployer({ ...values, locale }, { ip: await requestIp() });
  redirect(`/${locale}/employer/check-email?email=${encodeURIComponent(email)}`);
}, secret);

// POST verify-email – confirm the address from the mailed link
export const verifyEmailAction = formAction(async ({ values, locale }) => {
  const result = await verifyEmail(String(values.token ?? ""));
  if (result === "valid") redirect(`/${locale}/employer/sign-in?verified=1`);
  return { status: "error", formError: `auth.link_${result}` };
});

async function signInWith(provider: "employer" | "staff", { values, locale }: FormActionInput) {
  try {
    await signIn(provider, { email: values.email, password: values.password, redirectTo: `/${locale}/${provider}` });
  } catch (error) {
    // Auth.js reports a refused sign-in by throwing; its code (invalid, rate_limited, unverified) picks the message.
    const kept = { email: String(values.email ?? "") };
    if (error instanceof CredentialsSignin) {
      const [code, wait] = String(error.code).split(":");
      if (code === "rate_limited" && wait)
        return {
          status: "error" as const,
          values: kept,
          formError: "auth.signIn_rate_limited_wait",
          formErrorParams: waitParams(Number(wait)),
        };
      return { status: "error" as const, values: kept, formError: `auth.signIn_${code}` };
    }
    if (error instanceof AuthError) return { status: "error" as const, values: kept, formError: "auth.signIn_invalid" };
    throw error;
  }
}

// POST sign-in – employers, through Auth.js credentials
export const signInAction = formAction((input) => signInWith("employer", input), secret);

// POST staff sign-in – ministry staff: their own form, provider and rate-limit counters
export const staffSignInAction = formAction((input) => signInWith("staff", input), secret);

// POST resend-verification
export const resendVerificationAction = formAction(async ({ values }) => {
  await resendVerification(String(values.email ?? ""), { ip: await requestIp() });
  return { status: "success", formError: "auth.resendSent" };
});

// POST forgot-password
export const requestPasswordResetAction = formAction(async ({ values, locale }) => {
  await requestPasswordReset({ email: values.email, locale }, { ip: await requestIp() });
  return { status: "success", values };
});

// POST reset-password
export const resetPasswordAction = formAction(async ({ values, locale }) => {
  const result = await resetPassword({ token: values.token, password: values.password }, { ip: await requestIp() });
  if (result === "done") redirect(`/${locale}/employer/sign-in?reset=1`);
  if (result === "done_staff") redirect(`/${locale}/staff/sign-in?reset=1`);
  return { status: "error", formError: `auth.link_${result}` };
}, secret);

// POST invitation – create the invited member's account
export const acceptInvitationAction = formAction(async ({ values, locale }) => {
  const result = await acceptInvitation(values, { locale });
  if (result === "valid") redirect(`/${locale}/employer/sign-in?joined=1`);
  return { status: "error", values: { ...values, password: undefined }, formError: `auth.link_${result}` };
}, secret);

// POST sign-out
export const signOutAction = formAction(async ({ locale }) => {
  // The server forgets the session first: the cookie, if someone kept a copy, no longer opens anything.
  const session = (await auth()) as { sid?: string } | null;
  await endSignInSession(session?.sid);
  await signOut({ redirectTo: `/${locale}` });
});

// POST account – change the password (the current one first); other browsers are signed out
export const changePasswordAction = formAction(
  async ({ values, actor }) => {
    const session = (await auth()) as { sid?: string } | null;
    await changePassword(await actor(), values, { sessionId: session?.sid, ip: await requestIp() });
    return { status: "success", formError: "auth.passwordChanged" };
  },
  { secret: ["currentPassword", "newPassword"] },
);
