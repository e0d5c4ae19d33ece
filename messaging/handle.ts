import { type Browser, browser } from 'wxt/browser';
import type { Answer, Envelope, MessageType, Payload } from './protocol';

export type Handlers = {
  [T in MessageType]: (payload: Payload<T>, sender: Browser.runtime.MessageSender) => Promise<Answer<T>>;
};

function isEnvelope(message: unknown, handlers: Handlers): message is Envelope {
  return typeof message === 'object' && message !== null && (message as Envelope).type in handlers;
}

/** Answers every protocol message with its handler; anything else is left to other listeners. */
export function handleMessages(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isEnvelope(message, handlers)) return undefined;
    const handler = handlers[message.type] as (payload: unknown, sender: unknown) => Promise<unknown>;
    return handler(message.payload, sender);
  });
}
