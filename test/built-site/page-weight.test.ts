import { describe, expect, it } from 'vitest';
import { BUDGET, formatWeight, kb, overBudget, pageWeight, type Resource } from '../../src/built-site/page-weight.ts';

const resource = (url: string, kind: Resource['kind'], gzip: number): Resource => ({ url, kind, bytes: gzip * 3, gzip });

describe('page weight', () => {
  it('sums gzipped bytes per kind and in total', () => {
    const w = pageWeight('/g/', [resource('/g/', 'html', 1000), resource('/a.js', 'js', 300), resource('/b.js', 'js', 200)]);
    expect(w.gzip).toEqual({ html: 1000, css: 0, js: 500, font: 0, image: 0, other: 0, total: 1500 });
  });

  it('prints one line with the kinds that weigh something', () => {
    const w = pageWeight('/g/', [resource('/g/', 'html', 2048), resource('/a.css', 'css', 1024)]);
    expect(formatWeight(w)).toBe('/g/: 3.0 KB gz (html 2.0 KB, css 1.0 KB; 2 requests)');
    expect(kb(1536)).toBe('1.5 KB');
  });

  it('is within budget at the budget', () => {
    expect(overBudget(pageWeight('/g/', [resource('/g/', 'html', BUDGET.total - BUDGET.js), resource('/a.js', 'js', BUDGET.js)]))).toEqual([]);
  });

  it('says what is over: total, JavaScript, and search loaded before it is opened', () => {
    const w = pageWeight('/g/', [
      resource('/g/', 'html', BUDGET.total),
      resource('/a.js', 'js', BUDGET.js + 1),
      resource('http://127.0.0.1:1/pagefind/pagefind.js', 'other', 0),
    ]);
    expect(overBudget(w)).toEqual([
      '58.0 KB gz in total, over 50.0 KB',
      '8.0 KB gz of JavaScript, over 8.0 KB',
      'loads http://127.0.0.1:1/pagefind/pagefind.js before search is opened',
    ]);
  });
});
