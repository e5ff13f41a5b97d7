import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Frame, Page } from '@playwright/test';

const require = createRequire(import.meta.url);
let source: Promise<string> | null = null;

/** One WCAG violation axe-core found: its rule and the elements it found it on. */
export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core's WCAG 2.1 A and AA rules in `target` and returns the violations. `within`
 * limits the check to a part of the page, as axe's context (e.g. `{ fromShadowDom: [host,
 * dialog] }`). Injected with `evaluate`, which extension pages' CSP does not block.
 */
export async function axeViolations(target: Page | Frame, within?: unknown): Promise<Violation[]> {
  source ??= readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  await target.evaluate(await source);
  return target.evaluate(async (within) => {
    const { axe } = window as unknown as {
      axe: {
        run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }>;
      };
    };
    interface AxeViolation {
      id: string;
      impact: string | null;
      help: string;
      nodes: { target: unknown[] }[];
    }
    const result = await axe.run(within ?? document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => JSON.stringify(node.target)),
    }));
  }, within);
}
