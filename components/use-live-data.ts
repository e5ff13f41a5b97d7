import { useEffect, useState } from 'preact/hooks';

/**
 * Data read with `read`, read again whenever `watch` reports a change; null until first read.
 * A read that finishes after a later one started is dropped, so the newest data always wins.
 */
export function useLiveData<T>(
  read: () => Promise<T>,
  watch: (changed: () => void) => () => void,
): T | null {
  const [data, setData] = useState<T | null>(null);
  useEffect(() => {
    let latest = 0;
    let stopped = false;
    const load = () => {
      const ticket = ++latest;
      void read().then((value) => {
        if (!stopped && ticket === latest) setData(() => value);
      });
    };
    const stop = watch(load);
    load();
    return () => {
      stopped = true;
      stop();
    };
  }, [read, watch]);
  return data;
}
