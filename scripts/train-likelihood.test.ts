import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { train, trainingItems, weightsModule } from './train-likelihood';

describe('the likelihood weights', () => {
  it('are what training on the labelled mail gives today (run `npm run train` when this fails)', () => {
    const committed = readFileSync(new URL('../detector/likelihood-weights.ts', import.meta.url), 'utf8');
    expect(weightsModule(train(trainingItems()))).toBe(committed);
  });

  it('learn from every training set and the corpus, rejections and other mail alike', () => {
    const items = trainingItems();
    expect(items.length).toBeGreaterThan(3000);
    expect(items.filter((item) => item.expect.rejection).length).toBeGreaterThan(1000);
    expect(items.filter((item) => !item.expect.rejection).length).toBeGreaterThan(1000);
  });
});
