"use client";

import { useCallback, useEffect, useRef, useState } from "react";

/**
 * Open/closed state for a menu behind a button. It stays open only on the `place` (the route) where it was
 * opened, so following one of its links closes it; Escape closes it and gives focus back to the button, and
 * a press outside `rootRef` closes it.
 */
export function useDisclosure(place: string) {
  const [openedAt, setOpenedAt] = useState<string | null>(null);
  const open = openedAt === place;
  const rootRef = useRef<HTMLElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const setOpen = useCallback((value: boolean) => setOpenedAt(value ? place : null), [place]);
  const toggle = useCallback(() => setOpen(!open), [setOpen, open]);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    const onPointer = (e: PointerEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [open, setOpen]);

  return { open, toggle, rootRef, buttonRef };
}
