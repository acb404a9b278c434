"use client";

import { useEffect } from "react";

/** Registers the installable app's service worker (public/sw.js), which shows the chat's push notifications. */
export function ServiceWorkerRegistration() {
  useEffect(() => {
    if ("serviceWorker" in navigator) void navigator.serviceWorker.register("/sw.js").catch(() => {});
  }, []);
  return null;
}
