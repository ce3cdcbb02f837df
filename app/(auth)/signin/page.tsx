import { Suspense } from "react";
import { SignInForm } from "@/components/sign-in-form";

export const metadata = { title: "Sign in" };

export default function SignInPage() {
  return (
    <main>
      <h1>Sign in to Claimdesk</h1>
      <Suspense>
        <SignInForm />
      </Suspense>
    </main>
  );
}
