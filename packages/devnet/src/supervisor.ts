/**
 * Keeps the running parts of the platform together: if one dies, all stop; on stop, the
 * parts that read from the chain stop before the chain.
 */
export interface Service {
  name: string;
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

export interface Supervisor {
  /** Adds a running part; its unexpected exit stops everything. */
  track<T extends Service>(service: T): T;
  /** Stops every part, once: the first one tracked (the chain) after all the others. */
  stopAll(): Promise<void>;
}

export function createSupervisor(
  onUnexpectedExit: (service: Service, code: number | null) => void,
): Supervisor {
  const services: Service[] = [];
  let stopping: Promise<void> | undefined;
  return {
    track(service) {
      services.push(service);
      void service.exited.then((code) => {
        if (!stopping) onUnexpectedExit(service, code);
      });
      return service;
    },
    stopAll() {
      stopping ??= (async () => {
        const [first, ...rest] = services;
        await Promise.all(rest.map((service) => service.stop()));
        await first?.stop();
      })();
      return stopping;
    },
  };
}
