"use client";

import { useEffect, useState } from "react";

/** "1:05" since the given number of seconds ago (as of the last server answer), ticking every second. */
export function WaitTime({ seconds, receivedAt }: { seconds: number; receivedAt: number }) {
  const [now, setNow] = useState(receivedAt);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, []);
  const total = seconds + Math.max(0, Math.floor((now - receivedAt) / 1000));
  const text = `${Math.floor(total / 60)}:${String(total % 60).padStart(2, "0")}`;
  return <time dateTime={`PT${total}S`}>{text}</time>;
}
