/** Shared look of the recovery and password forms (same as the sign-in form). */
export const inputClass = "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-base";
export const primaryButtonClass =
  "w-full rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60";
export const linkClass = "text-brand-700 underline underline-offset-2 hover:no-underline";
export const alertClass = "rounded-md bg-red-50 px-3 py-2 text-sm text-red-800";
export const statusClass = "rounded-md bg-brand-50 px-3 py-2 text-sm text-slate-800";
