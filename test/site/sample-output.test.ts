// Under each sample that shows output, the built page shows the recorded output of that sample:
// the lines its region prints when the `.out` marks regions, else the whole run. And a file's
// output stands once per page. A self-check that asks for a prediction shows the sample's code and,
// as its answer, that same recorded output.
import { describe, expect, it } from 'vitest';
import { builtSite } from '../../src/built-site/dist.ts';
import { catalogue } from '../../src/catalogue/catalogue.ts';
import { runtimeOf } from '../../src/catalogue/records.ts';

const examples = catalogue();
const site = builtSite(examples.root);

const pages = site.guidePages();

describe('recorded output under samples', () => {
  it('guide pages show outputs', () => {
    const shown = pages.flatMap((page) => site.document(page).querySelectorAll('figure.sample .sample-output pre'));
    expect(shown.length).toBeGreaterThan(50);
  });

  it.each(pages)('%s', (page) => {
    const html = site.document(page);
    const filesWithOutput: string[] = [];
    for (const figure of html.querySelectorAll('figure.sample')) {
      const pre = figure.querySelector('.sample-output pre');
      if (!pre) continue;
      const [file = '', region] = (figure.getAttribute('data-example') ?? '').split('#');
      const sample = examples.sample(file, region);
      expect(pre.text, `${page}: output under ${file}#${region ?? ''}`).toBe(sample.output);
      expect(pre.text.trim()).not.toBe('');
      expect(figure.querySelector('.sample-provenance')?.text).toContain(`${runtimeOf(sample.record.run)} on ${sample.record.run.platform}`);
      if (Object.keys(sample.file.output.regions).length === 0) filesWithOutput.push(file);
    }
    const twice = filesWithOutput.filter((f, i) => filesWithOutput.indexOf(f) !== i);
    expect(twice, `${page}: output shown twice`).toEqual([]);
  });
});

describe('predictions on the onboarding page', () => {
  // The built site parses <pre> as elements, so the highlighted code's lines can be read.
  const html = site.document('/start/onboarding/');
  const predictions = html.querySelectorAll('.prediction[data-example]');

  it('has a question that asks for a prediction on every core-track page', () => {
    expect(predictions.length).toBeGreaterThanOrEqual(7);
  });

  it.each(predictions.map((p) => [p.getAttribute('data-example') ?? '', p] as const))('%s: its code and its recorded output', (example, prediction) => {
    const [file = '', region] = example.split('#');
    const sample = examples.sample(file, region);
    // An empty line is rendered with a newline in it.
    const lines = prediction.querySelectorAll('.ec-line').map((line) => line.text.trimEnd());
    expect(lines).toEqual(sample.excerpt.code.replace(/\n$/, '').split('\n').map((line) => line.trimEnd()));
    expect(prediction.querySelector('details pre')?.text).toBe(sample.output);
    expect(prediction.querySelector('details pre')?.text.trim()).not.toBe('');
  });
});
