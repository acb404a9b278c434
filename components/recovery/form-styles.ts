import { buttonClasses } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { controlClasses } from "@/components/ui/field";
import { noticeClasses } from "@/components/ui/notice";

/** The recovery and password forms' look, from the shared primitives (same as the sign-in form). */
export const inputClass = controlClasses;
export const primaryButtonClass = buttonClasses({ size: "lg", className: "w-full" });
export const linkClass = "text-brand-ink underline underline-offset-2 hover:no-underline";
export const alertClass = cn(noticeClasses({ tone: "danger" }), "px-3 py-2 text-sm");
export const statusClass = cn(noticeClasses(), "px-3 py-2 text-sm");
