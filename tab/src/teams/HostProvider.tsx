import { createContext, useContext, type ReactNode } from "react";
import type { HostContext } from "./hostContext";

const HostReactContext = createContext<HostContext | undefined>(undefined);

export function HostProvider({ host, children }: { host: HostContext; children: ReactNode }) {
  return <HostReactContext.Provider value={host}>{children}</HostReactContext.Provider>;
}

export function useHost(): HostContext {
  const host = useContext(HostReactContext);
  if (!host) throw new Error("useHost must be used inside <HostProvider>");
  return host;
}
