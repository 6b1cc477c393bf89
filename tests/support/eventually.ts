/**
 * Waits for something to become true instead of sleeping a fixed time: calls `probe` until it
 * returns a truthy value (returned) or stops throwing, polling a little less often as time goes by.
 * On timeout, throws the probe's last error (an `expect` failing says what was still wrong) or
 * says what was awaited.
 */
export async function eventually<T>(
  probe: () => T | Promise<T>,
  timeoutMs = 10_000,
  what = "the awaited condition",
): Promise<NonNullable<T>> {
  const deadline = performance.now() + timeoutMs;
  let pause = 5;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value as NonNullable<T>;
      lastError = undefined;
    } catch (error) {
      lastError = error;
    }
    if (performance.now() > deadline) {
      if (lastError) throw lastError;
      throw new Error(`${what} did not happen within ${timeoutMs} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, pause));
    pause = Math.min(100, pause * 2);
  }
}
