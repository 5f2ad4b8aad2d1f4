import { describe, expect, it } from 'vitest';
import { h, toHtml } from '@astrojs/starlight/expressive-code/hast';
import { isForegroundOnly, unwrapForegroundSpans } from '../../src/astro/ec-plain-text.ts';

const foregrounds = ['#e1e4e8', '#24292e'];

describe('isForegroundOnly', () => {
  it('is true when every theme paints the token in its own foreground, in any case', () => {
    expect(isForegroundOnly('--0:#E1E4E8;--1:#24292E', foregrounds)).toBe(true);
  });
  it('is false for another colour, a missing theme, or another property', () => {
    expect(isForegroundOnly('--0:#F97583;--1:#BF3441', foregrounds)).toBe(false);
    expect(isForegroundOnly('--0:#E1E4E8', foregrounds)).toBe(false);
    expect(isForegroundOnly('--0:#E1E4E8;--1:#24292E;--0fs:italic', foregrounds)).toBe(false);
  });
});

describe('unwrapForegroundSpans', () => {
  it('keeps the text of foreground spans and every other span as it was', () => {
    const line = h('div', { class: 'code' }, [
      h('span', { class: 'indent' }, '  '),
      h('span', { style: '--0:#F97583;--1:#BF3441' }, 'await'),
      h('span', { style: '--0:#E1E4E8;--1:#24292E' }, ' '),
      h('span', { class: 'type-hover', style: '--0:#E1E4E8;--1:#24292E' }, 'x'),
      h('span', { style: '--0:#E1E4E8;--1:#24292E' }, [h('span', { style: '--0:#E1E4E8;--1:#24292E' }, ';')]),
    ]);
    unwrapForegroundSpans(line, foregrounds);
    expect(toHtml(line)).toBe('<div class="code"><span class="indent">  </span><span style="--0:#F97583;--1:#BF3441">await</span> <span class="type-hover" style="--0:#E1E4E8;--1:#24292E">x</span>;</div>');
  });
});
