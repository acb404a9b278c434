"use client";

import { lazy, type ComponentProps } from "react";

const SelfServiceSurvey = lazy(() =>
  import("./self-service-survey").then((module) => ({ default: module.SelfServiceSurvey })),
);

/**
 * The self-service survey where one is pending, which is seldom (a success after a failed try): its code is a chunk
 * of its own, so the account pages load without it. The server renders it into the page all the same.
 */
export function PendingSurvey(props: ComponentProps<typeof SelfServiceSurvey>) {
  return <SelfServiceSurvey {...props} />;
}
