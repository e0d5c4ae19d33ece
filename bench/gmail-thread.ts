/**
 * A Gmail-shaped page holding one long thread, made from the demo inbox's message markup (`demo/inbox.html`):
 * the last message expanded, the others collapsed as Gmail shows them, each ready to expand in place. The
 * page's own script (not the extension) drives the mutations the benchmark applies after load.
 */

/** Everyday replies of a hiring conversation; the thread ends with a rejection. */
const REPLIES = [
  'Thanks for getting back to me so quickly. Tuesday at 10 works well for me, and I am happy to do a video call.',
  'Great, I have sent the calendar invitation. You will meet Sam from the design team and me for about an hour.',
  'Could you share a little more about the team structure and how design reviews usually run?',
  'Of course. We are a team of six, with weekly critiques and a shared component library that we maintain together.',
  'Here is the portfolio link I mentioned, with the accessibility case study on the second page.',
  'Thank you, the team enjoyed reading it. We would like to invite you to a short take-home exercise next week.',
];

const REJECTION = [
  'Hi Alex,',
  'Thank you for taking the time to interview with us for the Senior Product Designer role at Lumenfield. We really enjoyed learning about your work on accessible design systems.',
  'After careful consideration, we have decided to move forward with other candidates whose experience more closely matches what the team needs right now. This was a difficult decision.',
  'We wish you the very best in your search.',
  'Warm regards,<br>Priya Raman<br>Talent Partner, Lumenfield',
].join('<br><br>');

export const THREAD_SUBJECT = 'Your application for Senior Product Designer';

interface Message {
  index: number;
  from: { name: string; email: string };
  html: string;
}

const PRIYA = { name: 'Priya Raman', email: 'priya.raman@lumenfield.com' };
const ALEX = { name: 'Alex Morgan', email: 'alex.morgan@gmail.com' };

/** Gmail's decimal message id and its hexadecimal legacy form, unique per message. */
function ids(index: number): { id: string; legacy: string } {
  return {
    id: `msg-f:${1850318244010000000n + BigInt(index)}`,
    legacy: (0x19aa3c7e1f000000n + BigInt(index)).toString(16),
  };
}

function messagesOf(count: number, firstIndex: number): Message[] {
  return Array.from({ length: count }, (_, at) => {
    const index = firstIndex + at;
    const last = at === count - 1;
    const from = index % 2 === 0 ? PRIYA : ALEX;
    const reply = REPLIES[index % REPLIES.length] ?? '';
    // Replies quote the message before, as mail clients do; the reader leaves the quote out.
    const quote =
      at > 0
        ? `<div class="gmail_quote"><div class="gmail_attr">On Mon, Nov 23, 2026 at 9:00 AM wrote:</div><blockquote class="gmail_quote">${REPLIES[(index - 1) % REPLIES.length]}</blockquote></div>`
        : '';
    const html = last
      ? REJECTION
      : `<div dir="ltr">Hi,<br><br>${reply}<br><br>Best,<br>${from.name}</div>${quote}`;
    return { index, from, html };
  });
}

function header(message: Message): string {
  const { name, email } = message.from;
  return `<div class="gs"><div class="gE iv gt"><table><tbody><tr>
    <td class="gF gK"><h3 class="iw"><span class="gD" email="${email}" name="${name}">${name}</span> <span class="go">&lt;${email}&gt;</span></h3></td>
    <td class="gH"><span class="g3" title="Mon, Nov 23, 2026, 11:20 AM" alt="Mon, Nov 23, 2026, 11:20 AM">Nov 23</span></td>
  </tr></tbody></table></div>`;
}

function expanded(message: Message): string {
  const { id, legacy } = ids(message.index);
  return `<div class="adn ads h7" role="listitem" data-message-id="#${id}" data-legacy-message-id="${legacy}">
  ${header(message)}
  <div class="ii gt"><div class="a3s aiL">${message.html}</div></div></div>
</div>`;
}

function collapsed(message: Message): string {
  const { id, legacy } = ids(message.index);
  const { name, email } = message.from;
  return `<div class="adn ads kv" role="listitem" tabindex="0" data-expand="m${message.index}" data-message-id="#${id}" data-legacy-message-id="${legacy}">
  <span class="gD" email="${email}" name="${name}">${name}</span> <span class="iA g6">${REPLIES[message.index % REPLIES.length]?.slice(0, 60)}…</span>
</div>`;
}

/**
 * The page's own code: `window.benchMutate(total, perBatch, everyMs)` applies `total` changes to the main
 * view in batches, as a busy Gmail does: it expands every collapsed message (Gmail fetches and inserts the
 * body) and otherwise adds and removes small nodes (hover cards, "typing" chips, relative times). Resolves
 * when done.
 */
const MUTATOR = `
window.benchMutate = (total, perBatch, everyMs) => new Promise((resolve) => {
  const main = document.querySelector('[role="main"]');
  const list = main.querySelector('[role="list"]');
  let done = 0;
  let chip = null;
  const step = () => {
    const next = list.querySelector('[data-expand]');
    if (next && done % 10 === 0) {
      next.replaceWith(document.getElementById(next.dataset.expand).content.cloneNode(true));
    } else if (chip) {
      chip.remove();
      chip = null;
    } else {
      chip = document.createElement('div');
      chip.className = 'bench-chip';
      chip.textContent = 'Seen ' + done + ' seconds ago';
      main.append(chip);
    }
    done += 1;
  };
  const timer = setInterval(() => {
    for (let i = 0; i < perBatch && done < total; i += 1) step();
    if (done >= total) {
      clearInterval(timer);
      resolve(done);
    }
  }, everyMs);
});`;

/**
 * The whole page: `count` messages, the last expanded, the others collapsed with their expanded form ready.
 * Message ids start at `firstIndex`, so pages made with different ones hold messages never seen before.
 */
export function gmailThreadPage(count: number, firstIndex = 0): string {
  const messages = messagesOf(count, firstIndex);
  const last = messages.at(-1);
  const older = messages.slice(0, -1);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${THREAD_SUBJECT} - Gmail</title></head>
<body>
<div class="aeN" role="navigation"><div class="aim"><a href="#inbox">Inbox</a></div></div>
<div class="nH bkK"><div role="main" class="nH bkK"><div class="nH">
  <div class="ha"><h2 class="hP" data-thread-perm-id="thread-f:1850318244010000000" data-legacy-thread-id="19aa3c7e1f000000">${THREAD_SUBJECT}</h2></div>
  <div role="list">
${older.map(collapsed).join('\n')}
${last ? expanded(last) : ''}
  </div>
</div></div></div>
${older.map((message) => `<template id="m${message.index}">${expanded(message)}</template>`).join('\n')}
<script nonce="comeback-demo">${MUTATOR}</script>
</body></html>`;
}
