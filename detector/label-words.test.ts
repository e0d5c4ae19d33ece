import { describe, expect, it } from 'vitest';
import { isBusinessWord, splitLabel } from './label-words';

const known = (...words: string[]) =>
  new Map(words.map((word) => [word.toLowerCase().replace(/[^a-z]/g, ''), word]));

describe('splitLabel', () => {
  it('splits a name the message knows from the business words glued after it', () => {
    expect(splitLabel('bensonroofing', known('Benson'))).toEqual(['Benson', 'Roofing']);
    expect(splitLabel('walshfamilydentists', known('Walsh'))).toEqual(['Walsh', 'Family', 'Dentists']);
  });

  it('writes glued connectors and possessives as people do', () => {
    expect(splitLabel('ridleyandcoaccountants', known('Ridley'))).toEqual([
      'Ridley',
      '&',
      'Co',
      'Accountants',
    ]);
    expect(splitLabel('oneillsbar', known("O'Neill"))).toEqual(["O'Neill's", 'Bar']);
    expect(splitLabel('dublinchildrensmuseum')).toEqual(['Dublin', "Children's", 'Museum']);
  });

  it('writes a connector between known words as the language does, and finds none inside a word', () => {
    expect(splitLabel('studiovanleeuwen', known('Leeuwen'))).toEqual(['Studio', 'van Leeuwen']);
    expect(splitLabel('cafeteriaelmolino', known('Molino'))).toEqual(['Cafeteria', 'El Molino']);
    // "kestrel" is one unknown word, not "kestr" before "el".
    expect(splitLabel('kestrelbank')).toEqual(['Kestrel', 'Bank']);
    expect(splitLabel('padariaestrela')).toEqual(['Padaria', 'Estrela']);
    expect(splitLabel('auroraltd')).toEqual(['Aurora', 'Ltd']);
  });

  it('reads an "s" that ends the label as a plural, not a possessive', () => {
    expect(splitLabel('ashgroveeconomics', known('Economic'))).toEqual(['Ashgrove', 'Economics']);
  });

  it('keeps an unknown word whole before a business word', () => {
    expect(splitLabel('bayoustatebank')).toEqual(['Bayou', 'State', 'Bank']);
    expect(splitLabel('harbourviewhotel')).toEqual(['Harbourview', 'Hotel']);
  });

  it("reads two or three letters before one trade's word as initials", () => {
    expect(splitLabel('dmvlogistics')).toEqual(['DMV', 'Logistics']);
    expect(splitLabel('qrhealth')).toEqual(['QR', 'Health']);
    // Short words open domains too.
    expect(splitLabel('myhealth')).toBeUndefined();
  });

  it('leaves a label that reads best as one word', () => {
    expect(splitLabel('kitesurf')).toBeUndefined();
    // A stub of three letters is no word of its own ("Ini Tech").
    expect(splitLabel('initech')).toBeUndefined();
    // A word the message writes does not split off most of a long label.
    expect(splitLabel('northwindlogistica', known('North'))).toBeUndefined();
    expect(splitLabel('acme-corp')).toBeUndefined();
  });

  it('tells words that belong to a name', () => {
    expect(isBusinessWord('partners')).toBe(true);
    expect(isBusinessWord('retail')).toBe(true);
    expect(isBusinessWord('and')).toBe(false);
    expect(isBusinessWord('lille')).toBe(false);
  });

  it("knows the trades that end names in the languages we read, and a public body's service", () => {
    for (const word of ['packaging', 'furnishings', 'juweliers', 'cosmeticos', 'asociados', 'service'])
      expect(isBusinessWord(word)).toBe(true);
  });

  it("splits an address by the owner's name and common trade words", () => {
    expect(splitLabel('patelbrosdistribution', new Map([['patel', 'Patel']]))).toEqual([
      'Patel',
      'Bros',
      'Distribution',
    ]);
    // Neither the message nor the list knows "road": the address stays one word.
    expect(splitLabel('graniteroad')).toBeUndefined();
  });
});
