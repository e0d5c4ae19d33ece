/**
 * Trains the rejection likelihood (`detector/likelihood.ts`) on the project's labelled mail: the corpus
 * (`tests/corpus/`) and the training sets (`tests/training/`, job-search mail written for the project, every name
 * made up). Writes `detector/likelihood-weights.ts`; `npm run train` after changing the data or how the detector
 * cleans a body (a test fails while the weights are stale). Training is deterministic: the same data gives the same
 * weights on any machine.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readMail } from '../detector/index';
import { BITS, bucketsOf } from '../detector/likelihood';
import { CORPUS_DIR, type LoadedItem, loadCorpus, toMailInput } from '../tests/corpus/corpus';

const TRAINING_DIR = fileURLToPath(new URL('../tests/training/', import.meta.url));
const OUTPUT = fileURLToPath(new URL('../detector/likelihood-weights.ts', import.meta.url));

const EPOCHS = 15;
const LEARNING_RATE = 0.3;
const L2 = 1e-4;
const SEED = 7;
/**
 * Models trained on the same mail in different orders, averaged. One model's weights depend on the order it met the
 * examples in: a few new corpus rows reshuffle it, and the messages near the second opinion's thresholds flipped
 * both ways (3 to 6 false alarms on a set it never learned from, by order alone). The average of eight varies far less.
 */
const MODELS = 8;

/** Every labelled message: the corpus and each training set (a folder of its own, as ids repeat across sets). */
export function trainingItems(): LoadedItem[] {
  const dirs = [
    CORPUS_DIR,
    ...readdirSync(TRAINING_DIR, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => join(TRAINING_DIR, entry.name))
      .sort(),
  ];
  return dirs.flatMap((dir) => {
    const { items, problems } = loadCorpus(dir);
    if (problems.length > 0) throw new Error(`${dir}: ${problems.length} malformed messages`);
    return items;
  });
}

/** The buckets a message's features fall in, each once, as the detector computes them. */
function featureBuckets(item: LoadedItem): number[] {
  const { subject, body } = readMail(toMailInput(item));
  return bucketsOf(subject, body);
}

/** A small deterministic generator for the order of examples (a linear congruential one). */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

export interface Trained {
  weights: Float64Array;
  bias: number;
}

interface Example {
  buckets: number[];
  label: number;
}

/** Logistic regression by stochastic gradient descent with per-weight step sizes (AdaGrad) and L2 shrinkage. */
function trainInOrder(examples: readonly Example[], seed: number): Trained {
  const weights = new Float64Array(1 << BITS);
  const squared = new Float64Array(1 << BITS);
  let bias = 0;
  let biasSquared = 0;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const { buckets, label } of shuffled(examples, seed + epoch)) {
      let z = bias;
      for (const bucket of buckets) z += weights[bucket] as number;
      const error = 1 / (1 + Math.exp(-z)) - label;
      // A long message spreads its error over more features, so no single message outweighs the others.
      const share = error / Math.sqrt(buckets.length || 1);
      for (const bucket of buckets) {
        const gradient = share + L2 * (weights[bucket] as number);
        squared[bucket] = (squared[bucket] as number) + gradient * gradient;
        weights[bucket] =
          (weights[bucket] as number) -
          (LEARNING_RATE * gradient) / (Math.sqrt(squared[bucket] as number) + 1e-8);
      }
      biasSquared += error * error;
      bias -= (LEARNING_RATE * error) / (Math.sqrt(biasSquared) + 1e-8);
    }
  }
  return { weights, bias };
}

/** The average of {@link MODELS} models, each trained on the examples in an order of its own. */
export function train(items: readonly LoadedItem[]): Trained {
  const examples = items.map((item) => ({
    buckets: featureBuckets(item),
    label: item.expect.rejection ? 1 : 0,
  }));
  const weights = new Float64Array(1 << BITS);
  let bias = 0;
  for (let model = 0; model < MODELS; model++) {
    const trained = trainInOrder(examples, SEED + 1000 * model);
    for (let i = 0; i < weights.length; i++)
      weights[i] = (weights[i] as number) + (trained.weights[i] as number) / MODELS;
    bias += trained.bias / MODELS;
  }
  return { weights, bias };
}

/** The weights as the detector ships them: one signed byte each, scaled, in base64. */
export function weightsModule({ weights, bias }: Trained): string {
  const largest = weights.reduce((most, weight) => Math.max(most, Math.abs(weight)), 0) || 1;
  const scale = largest / 127;
  const bytes = Int8Array.from(weights, (weight) => Math.round(weight / scale));
  const base64 = Buffer.from(bytes.buffer).toString('base64');
  return [
    '// Written by `npm run train` (scripts/train-likelihood.ts) from the labelled mail in tests/: do not edit.',
    `export const WEIGHTS = {`,
    `  bias: ${bias},`,
    `  scale: ${scale},`,
    '  bytes:',
    `    '${base64}',`,
    '};',
    '',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const items = trainingItems();
  writeFileSync(OUTPUT, weightsModule(train(items)));
  console.log(`trained on ${items.length} messages; wrote ${OUTPUT}`);
}
