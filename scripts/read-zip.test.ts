import { describe, expect, it } from 'vitest';
import { readZip } from './read-zip';

/** Made with Info-ZIP (`zip -0` then `zip -9`): a stored and a deflated entry, each with extra fields. */
const INFO_ZIP =
  'UEsDBAoAAAAAAFCDe12sKpPYAgAAAAIAAAAJABwAc2hvcnQudHh0VVQJAAM4rwlrOK8Ja3V4CwABBAAAAAAEAAAAAGhpUEsDBBQAAgAIAFCDe13p' +
  'lwNSEAAAAGgBAAAMABwAZGlyL2xvbmcudHh0VVQJAAM4rwlrOK8Ja3V4CwABBAAAAAAEAAAAAHPOz01NSkzOVnAeZdCSAQBQSwECHgMKAAAAAABQ' +
  'g3tdrCqT2AIAAAACAAAACQAYAAAAAAAAAAAApIEAAAAAc2hvcnQudHh0VVQFAAM4rwlrdXgLAAEEAAAAAAQAAAAAUEsBAh4DFAACAAgAUIN7XemX' +
  'A1IQAAAAaAEAAAwAGAAAAAAAAQAAAKSBRQAAAGRpci9sb25nLnR4dFVUBQADOK8Ja3V4CwABBAAAAAAEAAAAAFBLBQYAAAAAAgACAKEAAACbAAAA' +
  'AAA=';

describe('readZip', () => {
  it('reads stored and deflated entries by name', () => {
    const files = readZip(Buffer.from(INFO_ZIP, 'base64'));
    expect([...files.keys()]).toEqual(['short.txt', 'dir/long.txt']);
    expect(files.get('short.txt')?.toString()).toBe('hi');
    expect(files.get('dir/long.txt')?.toString()).toBe('Comeback '.repeat(40));
  });

  it('refuses what is not a zip', () => {
    expect(() => readZip(Buffer.from('just some text, long enough to have an end record'))).toThrow(
      /Not a zip/,
    );
  });
});
