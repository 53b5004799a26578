import { signOutAction } from "@/app/sign-out-action";

export function SignOutForm() {
  return (
    <form action={signOutAction}>
      <button
        type="submit"
        className="rounded-md px-3 py-1.5 text-sm font-medium text-white ring-1 ring-navy-500 hover:bg-navy-800"
      >
        Sign out
      </button>
    </form>
  );
}
