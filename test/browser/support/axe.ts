// axe-core, injected into the page from the installed package (never fetched).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

export interface AxeScope {
  /** Only these rules. */
  only?: string[];
  /** Every rule but these. */
  skip?: string[];
}

/** Runs axe on the page as it is now, every rule unless `scope` narrows them. */
export async function axeViolations(page: Page, scope: AxeScope = {}): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  return page.evaluate(async ({ only, skip }) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> } }).axe;
    const options = {
      resultTypes: ['violations'],
      ...(only ? { runOnly: only } : {}),
      ...(skip ? { rules: Object.fromEntries(skip.map((id) => [id, { enabled: false }])) } : {}),
    };
    const result = await axe.run(document, options);
    return result.violations;
  }, scope);
}

/** The serious and critical violations, one readable line each. */
export function seriousViolations(violations: Violation[]): string[] {
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}
