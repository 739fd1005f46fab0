"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { fetchSession } from "./session-client";
import type { SessionInfo } from "./server/sign-in";

export const sessionKey = ["ishonch", "session"] as const;

/** This browser's session with the server, re-read after a sign-in or sign-out. */
export function useSession() {
  const queryClient = useQueryClient();
  const query = useQuery<SessionInfo | null>({ queryKey: sessionKey, queryFn: fetchSession });
  return {
    session: query.data ?? null,
    loading: query.isPending,
    refresh: () => queryClient.invalidateQueries({ queryKey: sessionKey }),
  };
}
