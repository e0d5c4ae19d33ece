import { describe, expect, test } from 'vitest';
import german from '@/public/_locales/de/messages.json';
import { englishMessage, messageReader } from '@/tests/setup/unit';
import { noticeWords } from './words';

describe('noticeWords', () => {
  test('words a rejection notice with the company, in the language of the messages', () => {
    expect(noticeWords({ company: 'Northwind' }, englishMessage)).toEqual({
      lang: 'en',
      title: 'A no from Northwind. It happens to everyone who gets there.',
      body: englishMessage('noticeBody'),
      openPlan: 'Open my plan',
      notRejection: 'Not a rejection',
      close: 'Close',
      removed: englishMessage('noticeRemoved'),
    });
    expect(noticeWords({ company: 'Northwind' }, messageReader(german)).lang).toBe('de');
  });

  test('has words for an unknown company, a full disk and earlier decisions, one or many', () => {
    expect(noticeWords({}, englishMessage).title).toBe(englishMessage('noticeTitleNoCompany'));
    expect(noticeWords({ company: 'Acme', storageFull: true }, englishMessage).body).toBe(
      englishMessage('noticeStorageFull'),
    );
    const one = noticeWords({ earlier: 1 }, englishMessage);
    expect(one.title).toBe(englishMessage('noticeHistoryTitle'));
    expect(one.body).toBe(englishMessage('noticeHistory_one', ['1']));
    expect(noticeWords({ earlier: 5 }, englishMessage).body).toBe(
      englishMessage('noticeHistory_other', ['5']),
    );
  });
});
