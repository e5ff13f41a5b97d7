/** Imports a stage's ES module from its extension URL and gives its default export. */
export async function importStage<T>(url: string): Promise<T> {
  const module = (await import(/* @vite-ignore */ url)) as { default: T };
  return module.default;
}
