import { describe, expect, it } from 'vitest';
import { parseTxtMessage } from './txt';

describe('parseTxtMessage', () => {
  it('takes From and Subject lines off the top, in either order, and the body after the blank line', () => {
    expect(
      parseTxtMessage('Subject:  Update \r\nFROM: Jane <jane@acme.com>\r\n\r\nHello\r\nthere\r\n'),
    ).toEqual({
      from: 'Jane <jane@acme.com>',
      subject: 'Update',
      text: 'Hello\nthere\n',
    });
  });

  it('reads a message without header lines as all body', () => {
    expect(parseTxtMessage('Dear Sam,\n\nFrom: not a header here')).toEqual({
      from: '',
      subject: '',
      text: 'Dear Sam,\n\nFrom: not a header here',
    });
  });

  it('keeps the body when no blank line follows the header lines', () => {
    expect(parseTxtMessage('Subject: Hi\nBody starts here')).toEqual({
      from: '',
      subject: 'Hi',
      text: 'Body starts here',
    });
  });
});
