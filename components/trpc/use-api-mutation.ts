"use client";

import { useRef, useState } from "react";
import type { trpcClient } from "./vanilla-client";

type Api = typeof trpcClient;
type Procedure<I, O> = { mutate: (input: I) => Promise<O> };

interface Callbacks<I, O> {
  onSuccess?: (data: O, input: I) => void;
  onError?: (error: Error, input: I) => void;
}

type State<O> =
  | { status: "idle" | "pending"; data?: undefined; error: null }
  | { status: "success"; data: O; error: null }
  | { status: "error"; data?: undefined; error: Error };

const idle = { status: "idle", error: null } as const;

/**
 * A tRPC mutation for a form or button that only sends: the tRPC client (and superjson) is fetched on the first
 * call, so the page loads without it and without React Query. The state is the latest call's, as with React
 * Query's useMutation; so are the callbacks given to `mutate` (the hook's own run on every call).
 */
export function useApiMutation<I, O>(procedure: (api: Api) => Procedure<I, O>, callbacks: Callbacks<I, O> = {}) {
  const [state, setState] = useState<State<O>>(idle);
  const latest = useRef(0);

  async function mutateAsync(input: I, own: Callbacks<I, O> = {}): Promise<O> {
    const call = ++latest.current;
    const current = () => call === latest.current;
    setState({ status: "pending", error: null });
    let data: O;
    try {
      const { trpcClient } = await import("./vanilla-client");
      data = await procedure(trpcClient).mutate(input);
    } catch (thrown) {
      // A tRPC refusal is a TRPCClientError; a failed fetch of the client itself may be anything.
      const error = thrown instanceof Error ? thrown : new Error(String(thrown));
      if (current()) setState({ status: "error", error });
      callbacks.onError?.(error, input);
      if (current()) own.onError?.(error, input);
      throw error;
    }
    if (current()) setState({ status: "success", data, error: null });
    callbacks.onSuccess?.(data, input);
    if (current()) own.onSuccess?.(data, input);
    return data;
  }

  return {
    ...state,
    isPending: state.status === "pending",
    isSuccess: state.status === "success",
    mutateAsync,
    /** Like mutateAsync, its failure kept in `error` only. */
    mutate: (input: I, own?: Callbacks<I, O>) => void mutateAsync(input, own).catch(() => undefined),
    reset: () => {
      latest.current++;
      setState(idle);
    },
  };
}
