"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import { localeOfForm as localeOf } from "@/lib/i18n/routing";
import { formValues, type FormState } from "@/lib/forms/field-errors";
import { formStateFromError, isNavigationSignal } from "@/lib/forms/form-state";
import { signIn, signOut } from "@/lib/server/auth";
import { requestIp } from "@/lib/server/request-context";
import { acceptInvitation } from "@/lib/organizations/accept-invitation";
import { registerEmployer } from "./register-employer";
import { requestPasswordReset } from "./request-password-reset";
import { resendVerification } from "./resend-verification";
import { resetPassword } from "./reset-password";
import { verifyEmail } from "./verify-email";

const withoutSecrets = (values: Record<string, unknown>) => {
  const { password: _password, ...rest } = values;
  return rest;
};

// POST register – a new organisation and its owner
export async function registerAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const locale = localeOf(formData);
  try {
    const { email } = await registerEmployer({ ...values, locale }, { ip: await requestIp() });
    redirect(`/${locale}/employer/check-email?email=${encodeURIComponent(email)}`);
  } catch (error) {
    if (isNavigationSignal(error)) throw error;
    return formStateFromError(error, withoutSecrets(values));
  }
}

// POST verify-email – confirm the address from the mailed link
export async function verifyEmailAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const result = await verifyEmail(String(formData.get("token") ?? ""));
  if (result === "valid") redirect(`/${localeOf(formData)}/employer/sign-in?verified=1`);
  return { status: "error", formError: `auth.link_${result}` };
}

async function signInWith(provider: "employer" | "staff", formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  const values = { email: String(formData.get("email") ?? "") };
  try {
    await signIn(provider, {
      email: formData.get("email"),
      password: formData.get("password"),
      redirectTo: `/${locale}/${provider}`,
    });
    return { status: "success" };
  } catch (error) {
    if (isNavigationSignal(error)) throw error;
    if (error instanceof CredentialsSignin) return { status: "error", values, formError: `auth.signIn_${error.code}` };
    if (error instanceof AuthError) return { status: "error", values, formError: "auth.signIn_invalid" };
    return formStateFromError(error, values);
  }
}

// POST sign-in – employers, through Auth.js credentials; the refusal's code decides the message
export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return signInWith("employer", formData);
}

// POST staff sign-in – ministry staff: their own form, provider and rate-limit counters
export async function staffSignInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return signInWith("staff", formData);
}

// POST resend-verification
export async function resendVerificationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  await resendVerification(String(formData.get("email") ?? ""), { ip: await requestIp() });
  return { status: "success", formError: "auth.resendSent" };
}

// POST forgot-password
export async function requestPasswordResetAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  try {
    await requestPasswordReset({ email: values.email, locale: localeOf(formData) }, { ip: await requestIp() });
    return { status: "success", values };
  } catch (error) {
    return formStateFromError(error, values);
  }
}

// POST reset-password
export async function resetPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    const result = await resetPassword({ token: formData.get("token"), password: formData.get("password") });
    if (result === "done") redirect(`/${localeOf(formData)}/employer/sign-in?reset=1`);
    if (result === "done_staff") redirect(`/${localeOf(formData)}/staff/sign-in?reset=1`);
    return { status: "error", formError: `auth.link_${result}` };
  } catch (error) {
    if (isNavigationSignal(error)) throw error;
    return formStateFromError(error, {});
  }
}

// POST invitation – create the invited member's account
export async function acceptInvitationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const locale = localeOf(formData);
  try {
    const result = await acceptInvitation(values, { locale });
    if (result === "valid") redirect(`/${locale}/employer/sign-in?joined=1`);
    return { status: "error", values: withoutSecrets(values), formError: `auth.link_${result}` };
  } catch (error) {
    if (isNavigationSignal(error)) throw error;
    return formStateFromError(error, withoutSecrets(values));
  }
}

// POST sign-out
export async function signOutAction(formData: FormData): Promise<void> {
  await signOut({ redirectTo: `/${localeOf(formData)}` });
}
