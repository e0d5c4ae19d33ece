import { browser } from 'wxt/browser';
import type { Answer, Envelope, MessageType, Payload } from './protocol';

/**
 * Sends a typed message to the background and resolves with its typed answer. Never throws: once the extension
 * is reloaded or updated, a content script left in an open page gets a rejection, not an error in the page.
 */
export async function send<T extends MessageType>(type: T, payload: Payload<T>): Promise<Answer<T>> {
  const envelope: Envelope<T> = { type, payload };
  return browser.runtime.sendMessage(envelope) as Promise<Answer<T>>;
}
